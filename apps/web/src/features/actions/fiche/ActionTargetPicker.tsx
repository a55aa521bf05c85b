import { Radio, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useActionSearch } from '../use-actions';

interface ActionTargetPickerProps {
  planId: string;
  /** The fiche being moved: never offered as its own target. */
  excludeId: string;
  value: string;
  onChange: (id: string, label: string) => void;
  error?: string;
}

/** Search the plan's actions, then choose one in a radio list (keyboard: arrows move the choice). */
export function ActionTargetPicker({ planId, excludeId, value, onChange, error }: ActionTargetPickerProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 300);
  const search = useActionSearch(planId, debounced);
  const results = (search.data ?? []).filter((a) => a.id !== excludeId);

  return (
    <Stack gap="xs">
      <TextInput
        label={t('merge.search')}
        description={t('merge.searchHelp')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
      />
      <ErrorAlert error={search.error} />
      <Radio.Group
        label={t('merge.target')}
        value={value}
        error={error}
        onChange={(id) => {
          const found = results.find((a) => a.id === id);
          if (found) onChange(id, `${found.code} ${found.title}`);
        }}
      >
        <ScrollArea.Autosize mah={260} type="auto" mt="xs">
          <Stack gap={6}>
            {results.length === 0 && !search.isFetching && <Text size="sm" c="dimmed">{t('merge.noResult')}</Text>}
            {results.map((a) => (
              <Radio key={a.id} value={a.id} label={`${a.code} ${a.title}`} description={a.parentActionId ? t('merge.isSubAction') : undefined} />
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Radio.Group>
    </Stack>
  );
}
