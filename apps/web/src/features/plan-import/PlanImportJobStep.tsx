import { Alert, Anchor, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planPath } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PlanImportProblems } from './PlanImportProblems';
import { importResultOf, useImportJob } from './use-plan-import';

/** Step 3: the import job's progress bar, then a link to the new plan, or why nothing was written. */
export function PlanImportJobStep({ jobId, onAgain }: { jobId: string; onAgain: () => void }) {
  const { t } = useTranslation();
  const job = useImportJob(jobId);
  const result = importResultOf(job.data);
  const progress = job.data?.progress ?? 0;
  const running = !job.data || job.data.status === 'queued' || job.data.status === 'running';

  return (
    <Stack>
      <ErrorAlert error={job.error} />
      {running && (
        <Stack gap={4}>
          <Progress value={progress} aria-label={t('planImport.progressLabel')} aria-valuetext={`${progress} %`} size="lg" color="blue.8" animated />
          <Text size="sm" role="status">{job.data?.status === 'running' ? t('planImport.running', { progress }) : t('planImport.queued')}</Text>
        </Stack>
      )}
      {result && result.planId !== null && (
        <Alert role="status" color="#1b6e3a" variant="outline" c="dark" icon={<IconCheck aria-hidden />}>
          <Stack gap={4}>
            <Text>{t('planImport.done', result.counts)}</Text>
            <Anchor component={Link} to={planPath(result.planId)} fw={700} underline="always">{t('planImport.openPlan')}</Anchor>
          </Stack>
        </Alert>
      )}
      {result && result.planId === null && (
        <>
          <Alert role="alert" color="red" variant="outline" c="red.9" icon={<IconAlertTriangle aria-hidden />}>{t('planImport.refused')}</Alert>
          <PlanImportProblems problems={result.problems} />
        </>
      )}
      {job.data?.status === 'failed' && (
        <Alert role="alert" color="red" variant="outline" c="red.9" icon={<IconAlertTriangle aria-hidden />}>{t('planImport.failed', { error: job.data.error ?? '' })}</Alert>
      )}
      {!running && <Group><Button variant="default" onClick={onAgain}>{t('planImport.again')}</Button></Group>}
    </Stack>
  );
}
