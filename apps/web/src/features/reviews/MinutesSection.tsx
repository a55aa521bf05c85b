import type { Review, ReviewAbilities } from '@pilotis/shared';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconDownload, IconSend } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useFormatters } from '../../lib/use-formatters';
import { useJob } from '../../lib/use-job';
import { FicheSection } from '../actions/fiche/FicheSection';
import { REVIEWS_KEY, useSendMinutes } from './use-reviews';

/** Minutes file URLs: generated on the fly, or the files as sent once the minutes went out. */
export const minutesUrl = (reviewId: string, format: 'pdf' | 'docx') => `/api/reviews/${reviewId}/minutes.${format}`;

/** « Relevé de conclusions »: download it (PDF, Word) and send it to the attendees. */
export function MinutesSection({ review, can }: { review: Review; can: ReviewAbilities }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const send = useSendMinutes(review.id);
  const [confirming, setConfirming] = useState(false);
  const [followed, setFollowed] = useState<string | null>(null);
  const job = useJob(followed, { intervalMs: 2000, invalidateOnDone: REVIEWS_KEY });
  // Tells once how the sending job ended (the review then shows « Relevé envoyé le … »).
  useEffect(() => {
    const status = job.data?.status;
    if (!followed || (status !== 'done' && status !== 'failed')) return;
    if (status === 'done') notifySuccess(t('reviews.minutes.sent'));
    else notifyError(t('reviews.minutes.sendFailed', { error: job.data?.error ?? '' }));
    setFollowed(null);
  }, [job.data?.status, followed]);
  const confirmSend = () =>
    send.mutate(undefined, {
      onSuccess: ({ jobId }) => {
        notifySuccess(t('reviews.minutes.sending'));
        setFollowed(jobId);
      },
      onError: (error) => notifyError(describeError(error, t)),
      onSettled: () => setConfirming(false),
    });

  return (
    <FicheSection title={t('reviews.minutes.title')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">{t('reviews.minutes.intro')}</Text>
        <Group gap="sm">
          <Button component="a" href={minutesUrl(review.id, 'pdf')} download variant="default" leftSection={<IconDownload size={18} aria-hidden />}>
            {t('reviews.minutes.pdf')}
          </Button>
          <Button component="a" href={minutesUrl(review.id, 'docx')} download variant="default" leftSection={<IconDownload size={18} aria-hidden />}>
            {t('reviews.minutes.docx')}
          </Button>
          {can.sendMinutes && (
            <Button leftSection={<IconSend size={18} aria-hidden />} loading={send.isPending || followed !== null} onClick={() => setConfirming(true)}>{t('reviews.minutes.send')}</Button>
          )}
        </Group>
        {review.minutesSentAt && <Text size="sm">{t('reviews.minutes.sentAt', { date: format.dateTime(review.minutesSentAt) })}</Text>}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('reviews.minutes.sendTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack>
          <Text>{t('reviews.minutes.sendMessage')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>{t('common.cancel')}</Button>
            <Button loading={send.isPending} onClick={confirmSend}>{t('reviews.minutes.send')}</Button>
          </Group>
        </Stack>
      </Modal>
    </FicheSection>
  );
}
