import { datesInOrder, datesOrderIssue, type planCreateInputSchema, type planUpdateInputSchema } from '@pilotis/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { conflict, invalid } from '../../http/errors.js';
import { newId } from '../../lib/tokens.js';
import { authorize, can } from '../../policies/index.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { loadPlanForActor, planResource } from './plan.access.js';
import { auditedPlan } from './plan.presenter.js';
import { countPlanActions, deletePlan, insertPlan, listPlansWithRole, lockPlan, updatePlan, upsertPlanMember } from './plan.repository.js';

type CreateInput = z.output<typeof planCreateInputSchema>;
type UpdateInput = z.output<typeof planUpdateInputSchema>;

/** The plans the actor may read (published ones, their own, all of them for admins). */
export async function listPlans(ctx: AppContext, actor: MemberActor) {
  const rows = await listPlansWithRole(ctx.db, { ...scopeOf(actor), userId: actor.userId });
  return rows
    .map(({ plan, role }) => ({ plan, resource: planResource(plan, role) }))
    .filter(({ resource }) => can(actor, 'plan.read', resource));
}

export async function getPlan(ctx: AppContext, actor: MemberActor, id: string) {
  return loadPlanForActor(ctx.db, actor, id);
}

/** An admin creates the plan and becomes its first manager, so it never starts without one. */
export async function createPlan(ctx: AppContext, actor: MemberActor, input: CreateInput) {
  // The rule sees the plan about to exist: a draft nobody holds a role in yet.
  authorize(actor, 'plan.create', { ...scopeOf(actor), state: 'draft', actorRole: null });
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const plan = await insertPlan(tx, {
      id: newId(),
      organizationId: actor.organizationId,
      name: input.name,
      kind: input.kind,
      description: input.description ?? '',
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
      state: input.state ?? 'draft',
      levelNames: input.levelNames,
      createdAt: now,
      updatedAt: now,
    });
    await upsertPlanMember(tx, { organizationId: actor.organizationId, planId: plan.id, userId: actor.userId, role: 'manager', createdAt: now });
    const audit = auditContextOf(ctx, actor);
    await recordChange(tx, audit, { entityType: 'plan', entityId: plan.id, action: 'create', before: null, after: auditedPlan(plan) });
    await recordChange(tx, audit, {
      entityType: 'plan',
      entityId: plan.id,
      action: 'addMember',
      before: null,
      after: { userId: actor.userId, role: 'manager' },
    });
    return { plan, resource: planResource(plan, 'manager') };
  });
}

export async function changePlan(ctx: AppContext, actor: MemberActor, id: string, input: UpdateInput) {
  return ctx.db.transaction(async (tx) => {
    const { plan: current, resource } = await loadPlanForActor(tx, actor, id);
    authorize(actor, 'plan.update', resource);
    if (current.version !== input.version) throw conflict();
    // The body may carry only one of the two dates: check the pair the plan will end up with.
    const startsOn = input.startsOn === undefined ? current.startsOn : input.startsOn;
    const endsOn = input.endsOn === undefined ? current.endsOn : input.endsOn;
    if (!datesInOrder({ startsOn, endsOn })) throw invalid([{ path: 'endsOn', message: datesOrderIssue.message }]);
    const { version, ...values } = input;
    const updated = await updatePlan(tx, { ...scopeOf(actor), id, version }, { ...values, updatedAt: ctx.clock.now() });
    if (!updated) throw conflict();
    await recordChange(tx, auditContextOf(ctx, actor), {
      entityType: 'plan',
      entityId: id,
      action: 'update',
      before: auditedPlan(current),
      after: auditedPlan(updated),
    });
    return { plan: updated, resource: planResource(updated, resource.actorRole) };
  });
}

/**
 * Deletes an empty plan. A plan that holds actions (or whose nodes other plans' actions link to)
 * is refused with 409: fiches are never lost by accident; archive the plan (state "archived")
 * to take it out of sight instead.
 */
export async function removePlan(ctx: AppContext, actor: MemberActor, id: string) {
  await ctx.db.transaction(async (tx) => {
    const { plan, resource } = await loadPlanForActor(tx, actor, id);
    authorize(actor, 'plan.delete', resource);
    await lockPlan(tx, { ...scopeOf(actor), id });
    if ((await countPlanActions(tx, { ...scopeOf(actor), planId: id })) > 0) {
      throw conflict('Ce plan contient des actions : déplacez-les ou archivez le plan plutôt que de le supprimer');
    }
    await deletePlan(tx, { ...scopeOf(actor), id });
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: 'plan', entityId: id, action: 'delete', before: auditedPlan(plan), after: null });
  });
}
