import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SpreadsheetFileForm } from '../../components/SpreadsheetFileForm';
import { FinanceIssuesTable } from './FinanceIssuesTable';

const MAX_BYTES = 20 * 1024 * 1024;

/** Step 1: the columns the export must hold, then the file, checked without writing anything. */
export function FinanceFileStep({ checking, error, onCheck }: { checking: boolean; error: unknown; onCheck: (file: File) => void }) {
  const { t } = useTranslation();
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
      <SpreadsheetFileForm
        checking={checking}
        error={error}
        onCheck={onCheck}
        maxBytes={MAX_BYTES}
        texts={{ file: t('finance.import.file'), fileHint: t('finance.import.fileHint'), check: t('finance.import.check'), noFile: t('finance.import.noFile'), tooLarge: t('finance.import.tooLarge') }}
      >
        <FinanceIssuesTable error={error} />
      </SpreadsheetFileForm>
    </Stack>
  );
}
