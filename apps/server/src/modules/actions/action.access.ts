import type { DbOrTx } from '../../db/client.js';
import type { MemberActor } from '../../http/actor.js';
import { notFound } from '../../http/errors.js';
import type { ActionResource } from '../../policies/action.policy.js';
import { can } from '../../policies/index.js';
import { planResource } from '../plans/plan.access.js';
import { findPlanWithRole } from '../plans/plan.repository.js';
import { findAction, findActionCopilotIds, findActionUnitIds } from './action.repository.js';

/** The action with what policies need to decide, whether or not the actor may read it. */
export async function loadActionResource(db: DbOrTx, actor: MemberActor, actionId: string) {
  const scope = { organizationId: actor.organizationId };
  const action = await findAction(db, { ...scope, id: actionId });
  if (!action) return undefined;
  const found = await findPlanWithRole(db, { ...scope, id: action.planId, userId: actor.userId });
  if (!found) return undefined;
  const { plan, role } = found;
  const resource: ActionResource = {
    organizationId: action.organizationId,
    visibility: action.visibility,
    pilotId: action.pilotId,
    copilotIds: await findActionCopilotIds(db, { ...scope, actionId }),
    leadOrgUnitId: action.leadOrgUnitId,
    orgUnitIds: await findActionUnitIds(db, { ...scope, actionId }),
    plan: planResource(plan, role),
  };
  return { action, plan, resource };
}

/**
 * The fiche action if the actor may read it, with what policies need to decide the rest
 * (`authorize(actor, 'action.update', resource)`); 404 when missing or not visible.
 */
export async function loadActionForActor(db: DbOrTx, actor: MemberActor, actionId: string) {
  const loaded = await loadActionResource(db, actor, actionId);
  if (!loaded || !can(actor, 'action.read', loaded.resource)) throw notFound('Action');
  return loaded;
}
