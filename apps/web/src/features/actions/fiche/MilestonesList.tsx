import type { Milestone } from '@pilotis/shared';
import { Button, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/errors';
import { todayIso } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { useFormatters } from '../../../lib/use-formatters';
import { LateBadge } from '../ActionBadges';
import { useActionParts, useCreatePart, useDeletePart, useUpdatePart } from './use-action-parts';

/** « Jalons »: dated steps; an overdue one makes the action late. */
export function MilestonesList({ actionId, canUpdate }: { actionId: string; canUpdate: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const milestones = useActionParts<Milestone>(actionId, 'milestones');
  const create = useCreatePart<{ title: string; dueOn: string | null }>(actionId, 'milestones');
  const update = useUpdatePart<{ version: number; doneOn: string | null }>(actionId, 'milestones');
  const remove = useDeletePart(actionId, 'milestones');
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const onError = (error: unknown) => notifyError(describeError(error, t));
  const list = [...(milestones.data ?? [])].sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));

  const add = (event: React.FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    create.mutate({ title: title.trim(), dueOn: dueOn || null }, { onSuccess: () => { setTitle(''); setDueOn(''); }, onError });
  };

  return (
    <Stack gap="xs">
      <Title order={3} size="h5">{t('fiche.milestones')}</Title>
      {list.length === 0 && <Text size="sm" c="dimmed">{t('fiche.milestonesEmpty')}</Text>}
      <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
        {list.map((m) => {
          const when = m.dueOn ? t('fiche.dueOn', { date: format.date(m.dueOn) }) : '';
          return (
            <Group component="li" key={m.id} gap="xs" wrap="wrap">
              {canUpdate ? (
                <Checkbox label={m.title} checked={m.doneOn !== null}
                  onChange={(e) => update.mutate({ id: m.id, version: m.version, doneOn: e.currentTarget.checked ? todayIso() : null }, { onError })} />
              ) : (
                <Text size="sm">{m.title} — {t(m.doneOn ? 'fiche.done' : 'fiche.notDone')}</Text>
              )}
              {when && <Text size="sm" c="dimmed">{when}</Text>}
              {m.doneOn && <Text size="sm" c="dimmed">{t('fiche.doneOn', { date: format.date(m.doneOn) })}</Text>}
              {m.late && <LateBadge />}
              {canUpdate && (
                <Button size="compact-xs" variant="subtle" aria-label={t('fiche.deleteMilestone', { name: m.title })}
                  onClick={() => remove.mutate(m.id, { onError })}>{t('common.delete')}</Button>
              )}
            </Group>
          );
        })}
      </Stack>
      {canUpdate && (
        <form onSubmit={add}>
          <Group align="flex-end" gap="xs">
            <TextInput label={t('fiche.milestoneTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
            <TextInput type="date" label={t('fiche.dueDate')} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} />
            <Button type="submit" variant="light" loading={create.isPending}>{t('fiche.addMilestone')}</Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
