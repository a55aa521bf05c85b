import { planKinds, type PlanKind } from '@pilotis/shared';
import { Anchor, Button, Group, Input, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconDownload, IconFileSearch } from '@tabler/icons-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TEMPLATE_URL, type ImportRequest } from './use-plan-import';

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = '.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Props {
  checking: boolean;
  error: unknown;
  onCheck: (request: ImportRequest) => void;
}

/** Step 1: the template to start from, the file, and the plan it becomes (name, type, period). */
export function PlanImportFileStep({ checking, error, onCheck }: Props) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PlanKind>('mandate');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [errors, setErrors] = useState<{ file?: string; name?: string; endsOn?: string }>({});

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    const found = {
      file: !file ? t('planImport.noFile') : file.size > MAX_BYTES ? t('planImport.tooLarge') : undefined,
      name: name.trim() ? undefined : t('planImport.nameRequired'),
      endsOn: startsOn && endsOn && endsOn < startsOn ? t('planImport.datesOrder') : undefined,
    };
    setErrors(found);
    if (!file || found.file || found.name || found.endsOn) return;
    onCheck({ file, fields: { name: name.trim(), kind, startsOn: startsOn || null, endsOn: endsOn || null, mapping: { people: {}, statuses: {} } } });
  };

  return (
    <Stack>
      <Stack gap={4}>
        <Anchor href={TEMPLATE_URL} download>
          <Group gap={4} component="span"><IconDownload size={16} aria-hidden />{t('planImport.template')}</Group>
        </Anchor>
        <Text size="sm" c="dimmed">{t('planImport.templateHelp')}</Text>
      </Stack>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={720}>
          <ErrorAlert error={error} />
          <Input.Wrapper label={t('planImport.file')} id={inputId} description={t('planImport.fileHint')} descriptionProps={{ id: hintId }} error={errors.file} required>
            <input ref={input} id={inputId} type="file" accept={ACCEPT} aria-describedby={hintId} aria-required aria-invalid={!!errors.file} style={{ display: 'block', marginTop: 4 }} />
          </Input.Wrapper>
          <TextInput label={t('planImport.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} maxLength={300} />
          <NativeSelect
            label={t('planImport.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as PlanKind)}
            data={planKinds.map((value) => ({ value, label: t(`plans.kinds.${value}`) }))}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label={t('planImport.startsOn')} value={startsOn} onChange={(e) => setStartsOn(e.currentTarget.value)} />
            <TextInput type="date" label={t('planImport.endsOn')} value={endsOn} onChange={(e) => setEndsOn(e.currentTarget.value)} error={errors.endsOn} />
          </SimpleGrid>
          <Group>
            <Button type="submit" leftSection={<IconFileSearch size={16} aria-hidden />} loading={checking}>{t('planImport.check')}</Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
