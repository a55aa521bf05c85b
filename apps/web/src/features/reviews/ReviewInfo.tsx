import type { Review, ReviewAbilities } from '@pilotis/shared';
import { Button, Group, Modal, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/use-formatters';
import { ReviewEditForm } from './ReviewEditForm';
import { ReviewStatusBadge } from './ReviewStatusBadge';

/** Date, time, place and status as a description list; « Modifier » for managers. */
export function ReviewInfo({ review, can }: { review: Review; can: ReviewAbilities }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [editing, setEditing] = useState(false);
  return (
    <Group gap="lg" align="center" wrap="wrap">
      <Group gap="lg" align="center" wrap="wrap" component="dl" aria-label={t('reviews.review.summary')} m={0}>
        <Entry term={t('reviews.review.date')}>{format.date(review.date)}</Entry>
        <Entry term={t('reviews.review.time')}>{review.startTime ?? t('reviews.review.noTime')}</Entry>
        <Entry term={t('reviews.review.location')}>{review.location ?? t('reviews.review.noLocation')}</Entry>
        <Entry term={t('reviews.review.status')}><ReviewStatusBadge status={review.status} /></Entry>
      </Group>
      {review.invitationsSentAt && <Text size="sm" c="dimmed">{t('reviews.review.invitationsSentAt', { date: format.dateTime(review.invitationsSentAt) })}</Text>}
      {review.heldAt && <Text size="sm" c="dimmed">{t('reviews.review.heldAt', { date: format.dateTime(review.heldAt) })}</Text>}
      {can.update && (
        <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setEditing(true)}>{t('reviews.review.edit')}</Button>
      )}
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('reviews.review.editTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {editing && <ReviewEditForm review={review} onDone={() => setEditing(false)} />}
      </Modal>
    </Group>
  );
}

function Entry({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text component="dt" size="sm" fw={700}>{term}</Text>
      <Text component="dd" size="sm" m={0}>{children}</Text>
    </Group>
  );
}
