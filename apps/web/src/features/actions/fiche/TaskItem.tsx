import type { Task } from '@pilotis/shared';
import { Button, Checkbox, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/errors';
import { notifyError } from '../../../lib/notify';
import { useFormatters } from '../../../lib/use-formatters';
import { useUsers } from '../../users/use-users';
import { PartEditForm } from './PartEditForm';
import { useUpdatePart } from './use-action-parts';

type TaskPatch = { version: number; title?: string; dueOn?: string | null; assigneeId?: string | null; done?: boolean };

interface TaskItemProps {
  actionId: string;
  task: Task;
  canUpdate: boolean;
  onDelete: () => void;
}

/** One task: « faite » checkbox, inline edit of title, due date and assignee, delete (confirmed by the list). */
export function TaskItem({ actionId, task, canUpdate, onDelete }: TaskItemProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const update = useUpdatePart<TaskPatch>(actionId, 'tasks');
  const [editing, setEditing] = useState(false);
  const people = useUsers().data ?? [];
  const onError = (error: unknown) => notifyError(describeError(error, t));

  if (editing) {
    return (
      <li>
        <PartEditForm formLabel={t('fiche.editTask', { name: task.title })} title={task.title} date={task.dueOn} titleLabel={t('fiche.taskTitle')} dateLabel={t('fiche.taskDueDate')}
          assignee={{ label: t('fiche.assignee'), value: task.assignee?.id ?? null, people }}
          pending={update.isPending} error={update.error}
          onCancel={() => { update.reset(); setEditing(false); }}
          onSave={({ title, date, assigneeId }) => update.mutate({ id: task.id, version: task.version, title, dueOn: date, assigneeId }, { onSuccess: () => setEditing(false) })} />
      </li>
    );
  }
  return (
    <Group component="li" gap="xs" wrap="wrap">
      {canUpdate ? (
        <Checkbox label={task.title} checked={task.done}
          onChange={(e) => update.mutate({ id: task.id, version: task.version, done: e.currentTarget.checked }, { onError })} />
      ) : (
        <Text size="sm">{task.title} — {t(task.done ? 'fiche.done' : 'fiche.notDone')}</Text>
      )}
      {task.assignee && <Text size="sm" c="dimmed">{task.assignee.name}</Text>}
      {task.dueOn && <Text size="sm" c="dimmed">{t('fiche.dueOn', { date: format.date(task.dueOn) })}</Text>}
      {canUpdate && (
        <>
          <Button size="compact-xs" variant="subtle" aria-label={t('fiche.editTask', { name: task.title })} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
          <Button size="compact-xs" variant="subtle" color="red.9" c="red.9" aria-label={t('fiche.deleteTask', { name: task.title })} onClick={onDelete}>
            {t('common.delete')}
          </Button>
        </>
      )}
    </Group>
  );
}
