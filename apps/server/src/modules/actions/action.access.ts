import type { DbOrTx } from '../../db/client.js';
import type { MemberActor } from '../../http/actor.js';
import { notFound } from '../../http/errors.js';
import type { ActionResource } from '../../policies/action.policy.js';
import { can } from '../../policies/index.js';
import { planResource } from '../plans/plan.access.js';
import { findPlan, findPlanRole } from '../plans/plan.repository.js';
import { findAction, findActionCopilotIds, findActionUnitIds } from './action.repository.js';

/**
 * The fiche action if the actor may read it, with what policies need to decide the rest
 * (`authorize(actor, 'action.update', resource)`); 404 when missing or not visible.
 */
export async function loadActionForActor(db: DbOrTx, actor: MemberActor, actionId: string) {
  const scope = { organizationId: actor.organizationId };
  const action = await findAction(db, { ...scope, id: actionId });
  if (!action) throw notFound('Action');
  const plan = await findPlan(db, { ...scope, id: action.planId });
  if (!plan) throw notFound('Action');
  const role = await findPlanRole(db, { ...scope, planId: plan.id, userId: actor.userId });
  const resource: ActionResource = {
    organizationId: action.organizationId,
    visibility: action.visibility,
    pilotId: action.pilotId,
    copilotIds: await findActionCopilotIds(db, { ...scope, actionId }),
    leadOrgUnitId: action.leadOrgUnitId,
    orgUnitIds: await findActionUnitIds(db, { ...scope, actionId }),
    plan: planResource(plan, role),
  };
  if (!can(actor, 'action.read', resource)) throw notFound('Action');
  return { action, plan, resource };
}
