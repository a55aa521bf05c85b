import type { ReviewAbilities, ReviewDecision, ReviewItem } from '@pilotis/shared';
import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconRefresh } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import { isApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useFormatters } from '../../lib/use-formatters';
import { ApplyDecisionModal } from './ApplyDecisionModal';
import { useApplyDecision, useDeleteDecision, useUpdateDecision } from './use-review-items';

interface DecisionItemProps {
  reviewId: string;
  item: ReviewItem;
  decision: ReviewDecision;
  /** The effect in words, or null for a decision that changes no fiche. */
  effectLabel: string | null;
  can: ReviewAbilities;
}

/**
 * One decision: its text and effect; applied → by whom and when; else « Appliquer » (after a
 * confirmation). When the fiche changed since the decision was noted, the server answers 409 and
 * the decision offers « Mettre à jour la décision » (rebase on the fiche's current version).
 */
export function DecisionItem({ reviewId, item, decision, effectLabel, can }: DecisionItemProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const textId = useId();
  const apply = useApplyDecision(reviewId);
  const rebase = useUpdateDecision(reviewId);
  const remove = useDeleteDecision(reviewId);
  const [dialog, setDialog] = useState<'apply' | 'delete' | null>(null);
  const conflict = isApiError(apply.error, 409) && apply.error.code !== 'already_applied';
  const stale = !decision.appliedAt && (decision.stale || conflict);
  const ficheName = item.action ? `${item.action.code} ${item.action.title}` : item.title;

  const confirmApply = () =>
    apply.mutate({ decisionId: decision.id, actionId: decision.actionId }, {
      onSuccess: () => notifySuccess(t('reviews.decisions.applied')),
      onSettled: () => setDialog(null),
    });
  const doRebase = () =>
    rebase.mutate({ decisionId: decision.id, version: decision.version, rebase: true }, {
      onSuccess: () => {
        apply.reset();
        notifySuccess(t('reviews.decisions.rebased'));
      },
      onError: (error) => notifyError(describeError(error, t)),
    });
  const confirmDelete = () =>
    remove.mutate(decision.id, {
      onSuccess: () => notifySuccess(t('reviews.decisions.deleted')),
      onError: (error) => notifyError(describeError(error, t)),
      onSettled: () => setDialog(null),
    });

  return (
    <Paper withBorder p="sm" radius="sm" bg={decision.appliedAt ? 'gray.0' : undefined}>
      <Stack gap={6}>
        <Text size="sm" id={textId} style={{ whiteSpace: 'pre-wrap' }}>{decision.text}</Text>
        <Group gap="xs" wrap="wrap">
          {effectLabel && <Badge variant="outline" color="blue.9" tt="none">{effectLabel}</Badge>}
          {decision.appliedAt ? (
            <Text size="sm" c="green.9">
              <IconCheck size={14} aria-hidden /> {t('reviews.decisions.appliedBy', { date: format.dateTime(decision.appliedAt), name: decision.appliedBy?.name ?? '—' })}
            </Text>
          ) : (
            decision.effect && <Text size="sm" c="dimmed">{t('reviews.decisions.notApplied')}</Text>
          )}
        </Group>
        {stale && (
          <Alert role="alert" color="orange" variant="outline" c="dark" icon={<IconAlertTriangle aria-hidden />}>
            <Stack gap="xs">
              {conflict && <Text size="sm">{describeError(apply.error, t)}</Text>}
              <Text size="sm">{t('reviews.decisions.conflictHint')}</Text>
              {can.apply && (
                <Group>
                  <Button size="compact-sm" variant="outline" leftSection={<IconRefresh size={14} aria-hidden />} loading={rebase.isPending} onClick={doRebase} aria-describedby={textId}>
                    {t('reviews.decisions.rebase')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Alert>
        )}
        {apply.error && !conflict && <Text size="sm" c="red.9" role="alert">{describeError(apply.error, t)}</Text>}
        {!decision.appliedAt && (can.apply || can.update) && (
          <Group gap="xs">
            {can.apply && decision.effect && !stale && (
              <Button size="compact-sm" leftSection={<IconCheck size={14} aria-hidden />} aria-describedby={textId} onClick={() => setDialog('apply')}>
                {t('reviews.decisions.apply')}
              </Button>
            )}
            {can.update && (
              <Button size="compact-sm" variant="subtle" color="red.9" c="red.9" aria-describedby={textId} onClick={() => setDialog('delete')}>
                {t('reviews.decisions.delete')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <ApplyDecisionModal
        opened={dialog === 'apply'}
        message={t('reviews.decisions.applyMessage', { effect: effectLabel ?? '', action: ficheName })}
        text={decision.text}
        loading={apply.isPending}
        onConfirm={confirmApply}
        onClose={() => setDialog(null)}
      />
      <ConfirmModal
        opened={dialog === 'delete'}
        title={t('reviews.decisions.deleteTitle')}
        message={t('reviews.decisions.deleteMessage')}
        confirmLabel={t('reviews.decisions.delete')}
        loading={remove.isPending}
        onConfirm={confirmDelete}
        onClose={() => setDialog(null)}
      />
    </Paper>
  );
}
