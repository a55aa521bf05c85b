import { Button, Group, Input, List, Stack, Text } from '@mantine/core';
import { IconFileSearch } from '@tabler/icons-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FinanceIssuesTable } from './FinanceIssuesTable';

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Step 1: the columns the export must hold, then the file, checked without writing anything. */
export function FinanceFileStep({ checking, error, onCheck }: { checking: boolean; error: unknown; onCheck: (file: File) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [localError, setLocalError] = useState<string | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setLocalError(t('finance.import.noFile'));
    if (file.size > MAX_BYTES) return setLocalError(t('finance.import.tooLarge'));
    setLocalError(null);
    onCheck(file);
  };

  return (
    <Stack>
      <Stack gap={4}>
        <Text>{t('finance.import.columnsIntro')}</Text>
        <List size="sm" spacing={2}>
          {(['reference', 'type', 'date', 'code', 'amount', 'optional'] as const).map((key) => (
            <List.Item key={key}><strong>{t(`finance.import.col.${key}`)}</strong> — {t(`finance.import.col.${key}Help`)}</List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed">{t('finance.import.formats')}</Text>
      </Stack>
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <ErrorAlert error={error} message={localError ?? undefined} />
          <FinanceIssuesTable error={error} />
          <Group align="flex-end" gap="xs">
            <Input.Wrapper label={t('finance.import.file')} id={inputId} description={t('finance.import.fileHint')} descriptionProps={{ id: hintId }} required>
              <input ref={input} id={inputId} type="file" accept={ACCEPT} aria-describedby={hintId} aria-required style={{ display: 'block', marginTop: 4 }} />
            </Input.Wrapper>
            <Button type="submit" leftSection={<IconFileSearch size={16} aria-hidden />} loading={checking}>
              {t('finance.import.check')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
