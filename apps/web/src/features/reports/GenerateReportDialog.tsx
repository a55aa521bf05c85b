import { Anchor, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { issuesToFormErrors } from '../../lib/errors';
import { ReportRequestForm } from './ReportRequestForm';
import { fieldErrors, initialReportValues, toReportInput, type ReportPreset, type ReportRequestValues } from './report-request';
import { reportFileUrl, useReportJob, useRequestReport } from './use-reports';

interface GenerateReportDialogProps {
  opened: boolean;
  onClose: () => void;
  preset?: ReportPreset;
}

/** « Générer un rapport »: choose, then follow the job until the file can be downloaded. */
export function GenerateReportDialog({ opened, onClose, preset }: GenerateReportDialogProps) {
  const { t } = useTranslation();
  // The body mounts each time the dialog opens: a shortcut opened again starts from its own subject.
  return (
    <Modal opened={opened} onClose={onClose} title={t('reports.generate')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <DialogBody preset={preset} onClose={onClose} />
    </Modal>
  );
}

function DialogBody({ preset, onClose }: { preset?: ReportPreset; onClose: () => void }) {
  const [values, setValues] = useState<ReportRequestValues>(() => initialReportValues(preset));
  const [jobId, setJobId] = useState<string | null>(null);
  const request = useRequestReport();
  const submit = () => request.mutate(toReportInput(values), { onSuccess: setJobId });
  if (jobId) {
    return <JobProgress jobId={jobId} onAnother={() => { setJobId(null); request.reset(); }} onClose={onClose} />;
  }
  return (
    <ReportRequestForm values={values} onChange={setValues} errors={fieldErrors(issuesToFormErrors(request.error))} error={request.error}
      pending={request.isPending} onSubmit={submit} onCancel={onClose} />
  );
}

function JobProgress({ jobId, onAnother, onClose }: { jobId: string; onAnother: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const job = useReportJob(jobId);
  const data = job.data;
  const reportId = data?.status === 'done' ? (data.result?.reportId as string | undefined) : undefined;
  const progress = data?.progress ?? 0;
  const message = !data || data.status === 'queued' ? t('reports.progress.queued')
    : data.status === 'running' ? t('reports.progress.running', { progress })
    : data.status === 'done' ? t('reports.progress.done')
    : t('reports.progress.failed', { error: data.error ?? '' });
  return (
    <Stack>
      <Progress value={data?.status === 'done' ? 100 : progress} aria-label={t('reports.progress.label')} animated={data?.status !== 'done' && data?.status !== 'failed'} size="lg" color={data?.status === 'failed' ? 'red.8' : 'blue.8'} />
      <Text role="status" aria-live="polite" c={data?.status === 'failed' ? 'red.9' : undefined}>{message}</Text>
      <ErrorAlert error={job.error} />
      <Group justify="flex-end">
        {reportId && (
          <Anchor href={reportFileUrl(reportId)} download>
            <Group gap={4} component="span"><IconDownload size={18} aria-hidden />{t('reports.download')}</Group>
          </Anchor>
        )}
        <Button variant="default" onClick={onAnother}>{t('reports.progress.another')}</Button>
        <Button onClick={onClose}>{t('reports.form.cancel')}</Button>
      </Group>
    </Stack>
  );
}
