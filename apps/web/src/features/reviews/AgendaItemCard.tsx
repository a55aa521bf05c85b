import type { Review, ReviewAbilities, ReviewItem } from '@pilotis/shared';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import { describeError } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { DecisionsList } from './DecisionsList';
import { ItemNotes } from './ItemNotes';
import { ItemSummary } from './ItemSummary';
import { ReasonBadges } from './ReasonBadges';
import { useRemoveItem } from './use-review-items';

interface AgendaItemCardProps {
  review: Review;
  item: ReviewItem;
  number: number;
  can: ReviewAbilities;
}

/** One point of the agenda: why it is there, where the fiche stands, notes, decisions. */
export function AgendaItemCard({ review, item, number, can }: AgendaItemCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const remove = useRemoveItem(review.id);
  const [confirming, setConfirming] = useState(false);
  const heading = item.action ? `${item.action.code} ${item.action.title}` : item.indicator ? `${item.indicator.code} — ${item.indicator.name}` : item.title;

  const confirmRemove = () =>
    remove.mutate(item.id, {
      onSuccess: () => notifySuccess(t('reviews.agenda.removed')),
      onError: (error) => notifyError(describeError(error, t)),
      onSettled: () => setConfirming(false),
    });

  return (
    <Card withBorder component="article" aria-labelledby={headingId} padding="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Group gap="xs" wrap="nowrap" align="baseline">
              {/* The list is ordered: screen readers say the position, the number is for the eye. */}
              <Text fw={700} c="dimmed" aria-hidden>{number}</Text>
              <Title order={3} size="h5" id={headingId}>{heading}</Title>
            </Group>
            <Group gap="xs">
              <Badge variant="outline" color="gray.8" tt="none">{t(`reviews.agenda.itemKinds.${item.kind}`)}</Badge>
              <ReasonBadges reasons={item.reasons} />
            </Group>
          </Stack>
          {can.update && (
            <Button size="compact-sm" variant="subtle" color="red.9" c="red.9" leftSection={<IconTrash size={14} aria-hidden />}
              aria-describedby={headingId} onClick={() => setConfirming(true)}>
              {t('reviews.agenda.remove')}
            </Button>
          )}
        </Group>
        <ItemSummary item={item} />
        <ItemNotes reviewId={review.id} item={item} heading={heading} headingId={headingId} canUpdate={can.update} />
        <DecisionsList review={review} item={item} heading={heading} headingId={headingId} can={can} />
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('reviews.agenda.removeTitle')}
        message={t('reviews.agenda.removeMessage')}
        confirmLabel={t('reviews.agenda.remove')}
        loading={remove.isPending}
        onConfirm={confirmRemove}
        onClose={() => setConfirming(false)}
      />
    </Card>
  );
}
