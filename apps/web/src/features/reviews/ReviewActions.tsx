import type { Review, ReviewAbilities } from '@pilotis/shared';
import { Button } from '@mantine/core';
import { IconCircleCheck, IconGitCompare, IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { reviewChangesPath } from '../../app/paths';
import { ConfirmModal } from '../../components/ConfirmModal';
import { describeError } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useSendInvitations, useUpdateReview } from './use-reviews';

/** The review's header buttons: what changed since the last one, invitations, « tenue ». */
export function ReviewActions({ review, can }: { review: Review; can: ReviewAbilities }) {
  const { t } = useTranslation();
  const invite = useSendInvitations(review.id);
  const update = useUpdateReview(review.id);
  const [confirmHeld, setConfirmHeld] = useState(false);
  const onError = (error: unknown) => notifyError(describeError(error, t));

  const sendInvitations = () => invite.mutate(undefined, { onSuccess: () => notifySuccess(t('reviews.review.invitationsSent')), onError });
  const markHeld = () =>
    update.mutate({ version: review.version, status: 'held' }, {
      onSuccess: () => notifySuccess(t('reviews.review.heldDone')),
      onError,
      onSettled: () => setConfirmHeld(false),
    });

  return (
    <>
      <Button component={Link} to={reviewChangesPath(review.id)} variant="default" leftSection={<IconGitCompare size={18} aria-hidden />}>
        {t('reviews.review.changes')}
      </Button>
      {can.update && review.status === 'planned' && (
        <>
          <Button variant="light" leftSection={<IconMailForward size={18} aria-hidden />} loading={invite.isPending} onClick={sendInvitations}>
            {t('reviews.review.sendInvitations')}
          </Button>
          <Button leftSection={<IconCircleCheck size={18} aria-hidden />} onClick={() => setConfirmHeld(true)}>{t('reviews.review.markHeld')}</Button>
        </>
      )}
      <ConfirmModal
        opened={confirmHeld}
        title={t('reviews.review.markHeldTitle')}
        message={t('reviews.review.markHeldMessage')}
        confirmLabel={t('reviews.review.markHeld')}
        loading={update.isPending}
        onConfirm={markHeld}
        onClose={() => setConfirmHeld(false)}
      />
    </>
  );
}
