import { Alert, Button, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { describeError } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useFormatters } from '../../lib/use-formatters';
import { OutboxStatusBadge } from './OutboxStatusBadge';
import { useOutboxEmail, useRetryEmail } from './use-outbox';

/** One e-mail as it was (or will be) sent: recipients, text, attachments by name, the last error. */
export function OutboxEmailModal({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const email = useOutboxEmail(id);
  const retry = useRetryEmail();
  const data = email.data?.data;
  const resend = () =>
    id &&
    retry.mutate(id, {
      onSuccess: () => notifySuccess(t('outbox.requeued')),
      onError: (error) => notifyError(describeError(error, t)),
    });

  return (
    <Modal opened={id !== null} onClose={onClose} size="xl" title={data?.subject ?? t('outbox.emailTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {email.isPending && <LoadingState />}
      <ErrorAlert error={email.error} />
      {data && (
        <Stack>
          <Group gap="sm">
            <OutboxStatusBadge status={data.status} />
            <Text size="sm" c="dimmed">
              {data.sentAt ? t('outbox.sentAt', { date: format.dateTime(data.sentAt) }) : t('outbox.createdAt', { date: format.dateTime(data.createdAt) })}
              {' · '}
              {t('outbox.attempts', { count: data.attempts })}
            </Text>
          </Group>
          {data.lastError && (
            <Alert color="red" title={t('outbox.lastError')}>
              {data.lastError}
            </Alert>
          )}
          <div>
            <Title order={2} size="h5">{t('outbox.recipients')}</Title>
            <Text style={{ wordBreak: 'break-all' }}>{data.to.join(', ')}</Text>
          </div>
          <div>
            <Title order={2} size="h5">{t('outbox.attachments')}</Title>
            {data.attachments.length === 0 ? (
              <Text c="dimmed">{t('outbox.noAttachment')}</Text>
            ) : (
              <List>
                {data.attachments.map((file) => (
                  <List.Item key={file.fileName}>{file.fileName}</List.Item>
                ))}
              </List>
            )}
          </div>
          <div>
            <Title order={2} size="h5">{t('outbox.body')}</Title>
            <Text component="pre" size="sm" p="sm" bg="gray.0" style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', borderRadius: 4 }}>
              {data.text}
            </Text>
          </div>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.close')}</Button>
            {email.data?.can.retry && (
              <Button onClick={resend} loading={retry.isPending}>{t('outbox.retry')}</Button>
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
