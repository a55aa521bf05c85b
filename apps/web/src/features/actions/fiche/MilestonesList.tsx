import type { Milestone } from '@pilotis/shared';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/errors';
import { notifyError } from '../../../lib/notify';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { MilestoneItem } from './MilestoneItem';
import { useActionParts, useCreatePart, useDeletePart } from './use-action-parts';

/** « Jalons »: dated steps; an overdue one makes the action late. */
export function MilestonesList({ actionId, canUpdate }: { actionId: string; canUpdate: boolean }) {
  const { t } = useTranslation();
  const milestones = useActionParts<Milestone>(actionId, 'milestones');
  const create = useCreatePart<{ title: string; dueOn: string | null }>(actionId, 'milestones');
  const remove = useDeletePart(actionId, 'milestones');
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [toDelete, setToDelete] = useState<Milestone | null>(null);
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
        {list.map((m) => (
          <MilestoneItem key={m.id} actionId={actionId} milestone={m} canUpdate={canUpdate} onDelete={() => setToDelete(m)} />
        ))}
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
      <ConfirmModal opened={toDelete !== null} title={t('fiche.deleteMilestoneTitle')} message={t('fiche.deleteMilestoneConfirm', { name: toDelete?.title ?? '' })}
        confirmLabel={t('common.delete')} loading={remove.isPending} onClose={() => setToDelete(null)}
        onConfirm={() => toDelete && remove.mutate(toDelete.id, { onSuccess: () => setToDelete(null), onError })} />
    </Stack>
  );
}
