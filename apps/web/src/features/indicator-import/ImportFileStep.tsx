import { Anchor, Group, List, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SpreadsheetFileForm } from '../../components/SpreadsheetFileForm';
import { exampleCsvUrl } from './example-csv';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

interface ImportFileStepProps {
  checking: boolean;
  error: unknown;
  onCheck: (file: File) => void;
}

/** Step 1: what the file must hold, an example to start from, and the file itself. */
export function ImportFileStep({ checking, error, onCheck }: ImportFileStepProps) {
  const { t } = useTranslation();
  const [exampleUrl, setExampleUrl] = useState<string>();
  useEffect(() => {
    const url = exampleCsvUrl();
    setExampleUrl(url);
    return () => URL.revokeObjectURL(url);
  }, []);

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
      <SpreadsheetFileForm
        checking={checking}
        error={error}
        onCheck={onCheck}
        maxBytes={MAX_IMPORT_BYTES}
        texts={{
          file: t('integrations.import.file'),
          fileHint: t('integrations.import.fileHint'),
          check: t('integrations.import.check'),
          noFile: t('integrations.import.noFile'),
          tooLarge: t('integrations.import.tooLarge'),
        }}
      />
    </Stack>
  );
}
