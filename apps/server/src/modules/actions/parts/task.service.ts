import type { z } from 'zod';
import type { Task, taskInputSchema, taskUpdateInputSchema } from '@pilotis/shared';
import type { AppContext } from '../../../context.js';
import type { DbOrTx } from '../../../db/client.js';
import type { MemberActor } from '../../../http/actor.js';
import { conflict, invalid, notFound } from '../../../http/errors.js';
import { newId } from '../../../lib/tokens.js';
import type { TaskRow } from '../action-parts.table.js';
import { loadActionToEdit, loadActionToRead, partAbilities, recordPartChange } from './part-access.js';
import { deleteTask, findTask, insertTask, listTasks, updateTask, type TaskWithAssignee } from './task.repository.js';
import { findActiveMemberName } from '../../users/user.repository.js';

type TaskInput = z.output<typeof taskInputSchema>;
type TaskUpdate = z.output<typeof taskUpdateInputSchema>;

export function presentTask({ task, assigneeName }: TaskWithAssignee): Task {
  return {
    id: task.id,
    title: task.title,
    assignee: task.assigneeId ? { id: task.assigneeId, name: assigneeName ?? '' } : null,
    dueOn: task.dueOn,
    done: task.done,
    version: task.version,
  };
}

const audited = (row: TaskRow) => ({ title: row.title, assigneeId: row.assigneeId, dueOn: row.dueOn, done: row.done });

/** A task goes to someone who works in the collectivité today: an active member, not a former one. */
async function assigneeName(tx: DbOrTx, actor: MemberActor, assigneeId: string | null | undefined) {
  if (!assigneeId) return null;
  const name = await findActiveMemberName(tx, { organizationId: actor.organizationId, userId: assigneeId });
  if (name === undefined) throw invalid([{ path: 'assigneeId', message: 'Cette personne n’est pas membre active de la collectivité' }]);
  return name;
}

export async function listActionTasks(ctx: AppContext, actor: MemberActor, actionId: string) {
  const loaded = await loadActionToRead(ctx.db, actor, actionId);
  const rows = await listTasks(ctx.db, { organizationId: actor.organizationId, actionId });
  return { data: rows.map(presentTask), can: partAbilities(actor, loaded) };
}

export async function createTask(ctx: AppContext, actor: MemberActor, actionId: string, input: TaskInput) {
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadActionToEdit(tx, actor, actionId);
    const name = await assigneeName(tx, actor, input.assigneeId);
    const now = ctx.clock.now();
    const row = await insertTask(tx, {
      id: newId(),
      organizationId: actor.organizationId,
      actionId,
      title: input.title,
      assigneeId: input.assigneeId ?? null,
      dueOn: input.dueOn ?? null,
      done: input.done ?? false,
      createdAt: now,
      updatedAt: now,
    });
    await recordPartChange(tx, ctx, actor, { actionId, part: 'task', verb: 'create', label: row.title, before: null, after: audited(row) });
    return { data: presentTask({ task: row, assigneeName: name }), can: partAbilities(actor, loaded) };
  });
}

export async function updateActionTask(ctx: AppContext, actor: MemberActor, id: string, input: TaskUpdate) {
  return ctx.db.transaction(async (tx) => {
    const current = await findTask(tx, { organizationId: actor.organizationId, id });
    if (!current) throw notFound('Tâche');
    const loaded = await loadActionToEdit(tx, actor, current.task.actionId);
    if (current.task.version !== input.version) throw conflict();
    // An unchanged assignee who has since left stays on the task; only a new one must be active.
    const changesAssignee = input.assigneeId !== undefined && input.assigneeId !== current.task.assigneeId;
    const name = changesAssignee ? await assigneeName(tx, actor, input.assigneeId) : current.assigneeName;
    const row = await updateTask(
      tx,
      { organizationId: actor.organizationId, id, version: input.version },
      { title: input.title, assigneeId: input.assigneeId, dueOn: input.dueOn, done: input.done, updatedAt: ctx.clock.now() },
    );
    if (!row) throw conflict();
    await recordPartChange(tx, ctx, actor, { actionId: row.actionId, part: 'task', verb: 'update', label: row.title, before: audited(current.task), after: audited(row) });
    return { data: presentTask({ task: row, assigneeName: name }), can: partAbilities(actor, loaded) };
  });
}

export async function deleteActionTask(ctx: AppContext, actor: MemberActor, id: string, version?: number) {
  await ctx.db.transaction(async (tx) => {
    const current = await findTask(tx, { organizationId: actor.organizationId, id });
    if (!current) throw notFound('Tâche');
    await loadActionToEdit(tx, actor, current.task.actionId);
    if (!(await deleteTask(tx, { organizationId: actor.organizationId, id, version }))) throw conflict();
    await recordPartChange(tx, ctx, actor, { actionId: current.task.actionId, part: 'task', verb: 'delete', label: current.task.title, before: audited(current.task), after: null });
  });
}
