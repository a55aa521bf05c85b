import type { MeasureImportResult } from '@pilotis/shared';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconFileImport } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportCounts } from './ImportCounts';
import { ImportPreviewTable } from './ImportPreviewTable';
import { ImportProblemsTable } from './ImportProblemsTable';

interface ImportPreviewStepProps {
  fileName: string;
  result: MeasureImportResult;
  importing: boolean;
  error: unknown;
  onImport: () => void;
  onBack: () => void;
}

/** Step 2: what the file would do, and every problem; nothing is imported while one remains. */
export function ImportPreviewStep({ fileName, result, importing, error, onImport, onBack }: ImportPreviewStepProps) {
  const { t } = useTranslation();
  const blockedId = useId();
  const problems = result.problems.length;
  const nothingToDo = result.rows === 0;
  const blocked = problems > 0 || nothingToDo;

  return (
    <Stack>
      <Text>{t('integrations.import.checkedFile', { name: fileName })}</Text>
      <ImportCounts result={result} done={false} />
      {problems > 0 ? (
        <Alert role="alert" color="red" variant="outline" c="red.9" icon={<IconAlertTriangle aria-hidden />} title={t('integrations.import.problemsTitle', { count: problems })}>
          <Text size="sm" id={blockedId}>{t('integrations.import.problemsHelp')}</Text>
        </Alert>
      ) : nothingToDo ? (
        <Alert role="status" color="orange.9" variant="outline" c="dark" icon={<IconAlertTriangle aria-hidden />}>
          <Text size="sm" id={blockedId}>{t('integrations.import.emptyFile')}</Text>
        </Alert>
      ) : (
        <Alert role="status" color="#1b6e3a" variant="outline" c="dark" icon={<IconCheck aria-hidden />}>
          {t('integrations.import.ready')}
        </Alert>
      )}
      {problems > 0 && (
        <section aria-labelledby={`${blockedId}-problems`}>
          <Title order={2} size="h4" id={`${blockedId}-problems`} mb="xs">{t('integrations.import.problems')}</Title>
          <ImportProblemsTable problems={result.problems} />
        </section>
      )}
      {result.preview.length > 0 && (
        <section aria-labelledby={`${blockedId}-preview`}>
          <Title order={2} size="h4" id={`${blockedId}-preview`} mb="xs">{t('integrations.import.preview')}</Title>
          <ImportPreviewTable rows={result.preview} total={result.rows} />
        </section>
      )}
      <ErrorAlert error={error} />
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>{t('integrations.import.otherFile')}</Button>
        <Button
          leftSection={<IconFileImport size={16} aria-hidden />}
          disabled={blocked}
          aria-describedby={blocked ? blockedId : undefined}
          loading={importing}
          onClick={onImport}
        >
          {t('integrations.import.import', { count: result.rows })}
        </Button>
      </Group>
    </Stack>
  );
}
