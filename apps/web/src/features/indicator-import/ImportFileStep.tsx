import { Anchor, Button, Group, Input, List, Stack, Text } from '@mantine/core';
import { IconDownload, IconFileSearch } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { exampleCsvUrl } from './example-csv';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ImportFileStepProps {
  checking: boolean;
  error: unknown;
  onCheck: (file: File) => void;
}

/** Step 1: what the file must hold, an example to start from, and the file itself. */
export function ImportFileStep({ checking, error, onCheck }: ImportFileStepProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [exampleUrl, setExampleUrl] = useState<string>();
  useEffect(() => {
    const url = exampleCsvUrl();
    setExampleUrl(url);
    return () => URL.revokeObjectURL(url);
  }, []);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setLocalError(t('integrations.import.noFile'));
    if (file.size > MAX_IMPORT_BYTES) return setLocalError(t('integrations.import.tooLarge'));
    setLocalError(null);
    onCheck(file);
  };

  return (
    <Stack>
      <Stack gap={4}>
        <Text>{t('integrations.import.columnsIntro')}</Text>
        <List size="sm" spacing={2}>
          <List.Item><strong>{t('integrations.import.colCode')}</strong> — {t('integrations.import.colCodeHelp')}</List.Item>
          <List.Item><strong>{t('integrations.import.colPeriod')}</strong> — {t('integrations.import.colPeriodHelp')}</List.Item>
          <List.Item><strong>{t('integrations.import.colValue')}</strong> — {t('integrations.import.colValueHelp')}</List.Item>
          <List.Item><strong>{t('integrations.import.colComment')}</strong> — {t('integrations.import.colCommentHelp')}</List.Item>
        </List>
        <Text size="sm" c="dimmed">{t('integrations.import.formats')}</Text>
        {exampleUrl && (
          <Anchor href={exampleUrl} download={t('integrations.import.exampleFileName')} size="sm">
            <Group gap={4} component="span"><IconDownload size={16} aria-hidden />{t('integrations.import.example')}</Group>
          </Anchor>
        )}
      </Stack>
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <ErrorAlert error={error} message={localError ?? undefined} />
          <Group align="flex-end" gap="xs">
            <Input.Wrapper label={t('integrations.import.file')} id={inputId} description={t('integrations.import.fileHint')} descriptionProps={{ id: hintId }} required>
              <input ref={input} id={inputId} type="file" accept={ACCEPT} aria-describedby={hintId} aria-required style={{ display: 'block', marginTop: 4 }} />
            </Input.Wrapper>
            <Button type="submit" leftSection={<IconFileSearch size={16} aria-hidden />} loading={checking}>
              {t('integrations.import.check')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
