import type { planDuplicateInputSchema } from '@pilotis/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { invalid } from '../../http/errors.js';
import { newId } from '../../lib/tokens.js';
import { authorize } from '../../policies/index.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { loadPlanForActor, planResource } from './plan.access.js';
import { copyPlanActions, copyPlanNodes, findFirstNotStartedStatus } from './plan-duplicate.repository.js';
import { auditedPlan } from './plan.presenter.js';
import { insertPlan, upsertPlanMember } from './plan.repository.js';

type DuplicateInput = z.output<typeof planDuplicateInputSchema>;

/**
 * A plan as the template of the next period: same kind, levels and tree, a new name and period,
 * in draft, with the actor as manager; with `withActions`, its fiches restart from scratch.
 * Creating a plan is an admin's act, so duplicating one is too.
 */
export async function duplicatePlan(ctx: AppContext, actor: MemberActor, sourceId: string, input: DuplicateInput) {
  return ctx.db.transaction(async (tx) => {
    const { plan: source, resource } = await loadPlanForActor(tx, actor, sourceId);
    authorize(actor, 'plan.create', resource);
    const now = ctx.clock.now();
    const plan = await insertPlan(tx, {
      id: newId(),
      organizationId: actor.organizationId,
      name: input.name,
      kind: source.kind,
      description: source.description,
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
      state: 'draft',
      levelNames: source.levelNames,
      createdAt: now,
      updatedAt: now,
    });
    await upsertPlanMember(tx, { organizationId: actor.organizationId, planId: plan.id, userId: actor.userId, role: 'manager', createdAt: now });
    const copy = { ...scopeOf(actor), fromPlanId: source.id, toPlanId: plan.id, now };
    const nodeIds = await copyPlanNodes(tx, copy);
    let actionCount = 0;
    if (input.withActions) {
      const status = await findFirstNotStartedStatus(tx, scopeOf(actor));
      if (!status) throw invalid([{ path: 'withActions', message: 'Aucun statut « non commencé » pour remettre les actions à zéro' }]);
      actionCount = await copyPlanActions(tx, { ...copy, nodeIds, statusId: status.id });
    }
    await recordChange(tx, auditContextOf(ctx, actor), {
      entityType: 'plan',
      entityId: plan.id,
      action: 'create',
      before: null,
      after: { ...auditedPlan(plan), duplicatedFrom: source.id, nodeCount: nodeIds.size, actionCount },
    });
    return { plan, resource: planResource(plan, 'manager') };
  });
}
