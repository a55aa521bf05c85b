import type { Milestone } from '@pilotis/shared';
import { Button, Checkbox, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/errors';
import { todayIso } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { useFormatters } from '../../../lib/use-formatters';
import { LateBadge } from '../ActionBadges';
import { PartEditForm } from './PartEditForm';
import { useUpdatePart } from './use-action-parts';

type MilestonePatch = { version: number; title?: string; dueOn?: string | null; doneOn?: string | null };

interface MilestoneItemProps {
  actionId: string;
  milestone: Milestone;
  canUpdate: boolean;
  onDelete: () => void;
}

/** One milestone: « atteint » checkbox (done today), inline edit of title and date, delete (confirmed by the list). */
export function MilestoneItem({ actionId, milestone: m, canUpdate, onDelete }: MilestoneItemProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const update = useUpdatePart<MilestonePatch>(actionId, 'milestones');
  const [editing, setEditing] = useState(false);
  const onError = (error: unknown) => notifyError(describeError(error, t));

  if (editing) {
    return (
      <li>
        <PartEditForm formLabel={t('fiche.editMilestone', { name: m.title })} title={m.title} date={m.dueOn} titleLabel={t('fiche.milestoneTitle')} dateLabel={t('fiche.dueDate')}
          pending={update.isPending} error={update.error}
          onCancel={() => { update.reset(); setEditing(false); }}
          onSave={({ title, date }) => update.mutate({ id: m.id, version: m.version, title, dueOn: date }, { onSuccess: () => setEditing(false) })} />
      </li>
    );
  }
  return (
    <Group component="li" gap="xs" wrap="wrap">
      {canUpdate ? (
        <Checkbox label={m.title} checked={m.doneOn !== null}
          onChange={(e) => update.mutate({ id: m.id, version: m.version, doneOn: e.currentTarget.checked ? todayIso() : null }, { onError })} />
      ) : (
        <Text size="sm">{m.title} — {t(m.doneOn ? 'fiche.done' : 'fiche.notDone')}</Text>
      )}
      {m.dueOn && <Text size="sm" c="dimmed">{t('fiche.dueOn', { date: format.date(m.dueOn) })}</Text>}
      {m.doneOn && <Text size="sm" c="dimmed">{t('fiche.doneOn', { date: format.date(m.doneOn) })}</Text>}
      {m.late && <LateBadge />}
      {canUpdate && (
        <>
          <Button size="compact-xs" variant="subtle" aria-label={t('fiche.editMilestone', { name: m.title })} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
          <Button size="compact-xs" variant="subtle" color="red.9" c="red.9" aria-label={t('fiche.deleteMilestone', { name: m.title })} onClick={onDelete}>
            {t('common.delete')}
          </Button>
        </>
      )}
    </Group>
  );
}
