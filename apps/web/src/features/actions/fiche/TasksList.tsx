import type { Task } from '@pilotis/shared';
import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/errors';
import { notifyError } from '../../../lib/notify';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { TaskItem } from './TaskItem';
import { useUsers } from '../../users/use-users';
import { useActionParts, useCreatePart, useDeletePart } from './use-action-parts';

/** « Tâches »: to-dos with an assignee and a due date. */
export function TasksList({ actionId, canUpdate }: { actionId: string; canUpdate: boolean }) {
  const { t } = useTranslation();
  const tasks = useActionParts<Task>(actionId, 'tasks');
  const users = useUsers().data ?? [];
  const create = useCreatePart<{ title: string; dueOn: string | null; assigneeId: string | null }>(actionId, 'tasks');
  const remove = useDeletePart(actionId, 'tasks');
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [toDelete, setToDelete] = useState<Task | null>(null);
  const onError = (error: unknown) => notifyError(describeError(error, t));

  const add = (event: React.FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    create.mutate({ title: title.trim(), dueOn: dueOn || null, assigneeId: assigneeId || null }, {
      onSuccess: () => { setTitle(''); setDueOn(''); setAssigneeId(''); },
      onError,
    });
  };

  return (
    <Stack gap="xs">
      <Title order={3} size="h5">{t('fiche.tasks')}</Title>
      {tasks.data?.length === 0 && <Text size="sm" c="dimmed">{t('fiche.tasksEmpty')}</Text>}
      <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
        {(tasks.data ?? []).map((task) => (
          <TaskItem key={task.id} actionId={actionId} task={task} canUpdate={canUpdate} onDelete={() => setToDelete(task)} />
        ))}
      </Stack>
      {canUpdate && (
        <form onSubmit={add}>
          <Group align="flex-end" gap="xs">
            <TextInput label={t('fiche.taskTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
            <NativeSelect label={t('fiche.assignee')} value={assigneeId} onChange={(e) => setAssigneeId(e.currentTarget.value)}
              data={[{ value: '', label: t('common.empty') }, ...users.map((u) => ({ value: u.id, label: u.name }))]} />
            <TextInput type="date" label={t('fiche.taskDueDate')} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} />
            <Button type="submit" variant="light" loading={create.isPending}>{t('fiche.addTask')}</Button>
          </Group>
        </form>
      )}
      <ConfirmModal opened={toDelete !== null} title={t('fiche.deleteTaskTitle')} message={t('fiche.deleteTaskConfirm', { name: toDelete?.title ?? '' })}
        confirmLabel={t('common.delete')} loading={remove.isPending} onClose={() => setToDelete(null)}
        onConfirm={() => toDelete && remove.mutate(toDelete.id, { onSuccess: () => setToDelete(null), onError })} />
    </Stack>
  );
}
