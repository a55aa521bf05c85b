import type { DbOrTx } from '../../db/client.js';
import type { MemberActor } from '../../http/actor.js';
import { notFound } from '../../http/errors.js';
import { can } from '../../policies/index.js';
import type { PlanResource } from '../../policies/plan.policy.js';
import { findPlanWithRole } from './plan.repository.js';
import type { PlanRow } from './plan.table.js';

export function planResource(plan: PlanRow, actorRole: PlanResource['actorRole']): PlanResource {
  return { organizationId: plan.organizationId, state: plan.state, actorRole };
}

/** The plan if the actor may read it; otherwise 404 (never reveal what exists elsewhere). */
export async function loadPlanForActor(db: DbOrTx, actor: MemberActor, planId: string) {
  const found = await findPlanWithRole(db, { organizationId: actor.organizationId, id: planId, userId: actor.userId });
  if (!found) throw notFound('Plan');
  const { plan, role } = found;
  const resource = planResource(plan, role);
  if (!can(actor, 'plan.read', resource)) throw notFound('Plan');
  return { plan, resource };
}
