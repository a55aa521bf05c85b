import type { z } from 'zod';
import type { milestoneInputSchema, milestoneUpdateInputSchema, Milestone } from '@pilotis/shared';
import type { AppContext } from '../../../context.js';
import type { MemberActor } from '../../../http/actor.js';
import { conflict, notFound } from '../../../http/errors.js';
import { newId } from '../../../lib/tokens.js';
import type { MilestoneRow } from '../action-parts.table.js';
import { recomputeActionProgress } from '../action.progress.js';
import { loadActionToEdit, loadActionToRead, partAbilities, recordPartChange } from './part-access.js';
import { deleteMilestone, findMilestone, insertMilestone, listMilestones, nextMilestonePosition, updateMilestone } from './milestone.repository.js';

type MilestoneInput = z.output<typeof milestoneInputSchema>;
type MilestoneUpdate = z.output<typeof milestoneUpdateInputSchema>;

/** Late: its due date has passed (strictly before today) and it is not done. */
export function presentMilestone(row: MilestoneRow, today: string): Milestone {
  const late = row.doneOn === null && row.dueOn !== null && row.dueOn < today;
  return { id: row.id, title: row.title, dueOn: row.dueOn, doneOn: row.doneOn, late, version: row.version };
}

const audited = (row: MilestoneRow) => ({ title: row.title, dueOn: row.dueOn, doneOn: row.doneOn });

export async function listActionMilestones(ctx: AppContext, actor: MemberActor, actionId: string) {
  const loaded = await loadActionToRead(ctx.db, actor, actionId);
  const rows = await listMilestones(ctx.db, { organizationId: actor.organizationId, actionId });
  return { rows, can: partAbilities(actor, loaded) };
}

export async function createMilestone(ctx: AppContext, actor: MemberActor, actionId: string, input: MilestoneInput) {
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadActionToEdit(tx, actor, actionId);
    const scope = { organizationId: actor.organizationId, actionId };
    const now = ctx.clock.now();
    const row = await insertMilestone(tx, {
      id: newId(),
      ...scope,
      title: input.title,
      dueOn: input.dueOn ?? null,
      doneOn: input.doneOn ?? null,
      position: await nextMilestonePosition(tx, scope),
      createdAt: now,
      updatedAt: now,
    });
    await recordPartChange(tx, ctx, actor, { actionId, part: 'milestone', verb: 'create', label: row.title, before: null, after: audited(row) });
    await recomputeActionProgress(tx, ctx, scope);
    return { row, can: partAbilities(actor, loaded) };
  });
}

export async function updateActionMilestone(ctx: AppContext, actor: MemberActor, id: string, input: MilestoneUpdate) {
  return ctx.db.transaction(async (tx) => {
    const current = await findMilestone(tx, { organizationId: actor.organizationId, id });
    if (!current) throw notFound('Jalon');
    const loaded = await loadActionToEdit(tx, actor, current.actionId);
    if (current.version !== input.version) throw conflict();
    const row = await updateMilestone(
      tx,
      { organizationId: actor.organizationId, id, version: input.version },
      { title: input.title, dueOn: input.dueOn, doneOn: input.doneOn, updatedAt: ctx.clock.now() },
    );
    if (!row) throw conflict();
    const label = row.title;
    await recordPartChange(tx, ctx, actor, { actionId: row.actionId, part: 'milestone', verb: 'update', label, before: audited(current), after: audited(row) });
    await recomputeActionProgress(tx, ctx, { organizationId: actor.organizationId, actionId: row.actionId });
    return { row, can: partAbilities(actor, loaded) };
  });
}

export async function deleteActionMilestone(ctx: AppContext, actor: MemberActor, id: string, version?: number) {
  await ctx.db.transaction(async (tx) => {
    const current = await findMilestone(tx, { organizationId: actor.organizationId, id });
    if (!current) throw notFound('Jalon');
    await loadActionToEdit(tx, actor, current.actionId);
    if (!(await deleteMilestone(tx, { organizationId: actor.organizationId, id, version }))) throw conflict();
    await recordPartChange(tx, ctx, actor, { actionId: current.actionId, part: 'milestone', verb: 'delete', label: current.title, before: audited(current), after: null });
    await recomputeActionProgress(tx, ctx, { organizationId: actor.organizationId, actionId: current.actionId });
  });
}
