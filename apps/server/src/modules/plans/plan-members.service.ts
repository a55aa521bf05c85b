import type { PlanRole } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { invalid, notFound } from '../../http/errors.js';
import { authorize } from '../../policies/index.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { findMember } from '../users/user.repository.js';
import { loadPlanForActor } from './plan.access.js';
import { deletePlanMember, findPlanRole, listPlanMembers, lockPlan, upsertPlanMember } from './plan.repository.js';

/** Anyone who reads the plan sees who works on it. */
export async function listMembersOfPlan(ctx: AppContext, actor: MemberActor, planId: string) {
  await loadPlanForActor(ctx.db, actor, planId);
  return listPlanMembers(ctx.db, { ...scopeOf(actor), planId });
}

/** Adds a person to the plan or changes their role; only active members of the collectivité qualify. */
export async function addMemberToPlan(ctx: AppContext, actor: MemberActor, planId: string, input: { userId: string; role: PlanRole }) {
  return ctx.db.transaction(async (tx) => {
    const { resource } = await loadPlanForActor(tx, actor, planId);
    authorize(actor, 'plan.manageMembers', resource);
    const member = await findMember(tx, { ...scopeOf(actor), userId: input.userId }, ctx.clock.now());
    if (!member || !member.membership.active) {
      throw invalid([{ path: 'userId', message: 'Cette personne n’est pas un membre actif de la collectivité' }]);
    }
    await lockPlan(tx, { ...scopeOf(actor), id: planId });
    const previous = await findPlanRole(tx, { ...scopeOf(actor), planId, userId: input.userId });
    await upsertPlanMember(tx, { organizationId: actor.organizationId, planId, userId: input.userId, role: input.role, createdAt: ctx.clock.now() });
    if (previous !== input.role) {
      const who = { userId: input.userId, name: member.user.name };
      await recordChange(tx, auditContextOf(ctx, actor), {
        entityType: 'plan',
        entityId: planId,
        action: previous ? 'changeMemberRole' : 'addMember',
        before: previous ? { ...who, role: previous } : null,
        after: { ...who, role: input.role },
      });
    }
    return { userId: input.userId, name: member.user.name, email: member.user.email, role: input.role, created: previous === null };
  });
}

export async function removeMemberFromPlan(ctx: AppContext, actor: MemberActor, planId: string, userId: string) {
  await ctx.db.transaction(async (tx) => {
    const { resource } = await loadPlanForActor(tx, actor, planId);
    authorize(actor, 'plan.manageMembers', resource);
    await lockPlan(tx, { ...scopeOf(actor), id: planId });
    const previous = await findPlanRole(tx, { ...scopeOf(actor), planId, userId });
    if (!previous || !(await deletePlanMember(tx, { ...scopeOf(actor), planId, userId }))) throw notFound('Membre du plan');
    await recordChange(tx, auditContextOf(ctx, actor), {
      entityType: 'plan',
      entityId: planId,
      action: 'removeMember',
      before: { userId, role: previous },
      after: null,
    });
  });
}
