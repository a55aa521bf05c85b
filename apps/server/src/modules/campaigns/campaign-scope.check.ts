import type { CampaignScopeInput } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { unprocessable } from '../indicators/indicator-formula.js';
import { findOrgUnit } from '../org-units/org-unit.repository.js';
import { loadPlanForActor } from '../plans/plan.access.js';
import { findPlanNode } from '../plan-nodes/plan-node.repository.js';
import type { CampaignScope } from './campaign-scope.repository.js';

/**
 * The scope asked for, checked: a plan the actor may read (404 otherwise), a node of that plan,
 * an active org unit of the collectivité (422 on the field otherwise).
 */
export async function checkScope(db: DbOrTx, actor: MemberActor, scope: CampaignScopeInput): Promise<CampaignScope> {
  if ('orgUnitId' in scope) {
    const unit = await findOrgUnit(db, { ...scopeOf(actor), id: scope.orgUnitId });
    if (!unit || !unit.active) throw unprocessable([{ path: 'scope.orgUnitId', message: 'Direction ou service introuvable dans la collectivité.' }]);
    return { orgUnitId: unit.id };
  }
  await loadPlanForActor(db, actor, scope.planId);
  const nodeId = scope.nodeId ?? null;
  if (nodeId) {
    const node = await findPlanNode(db, { ...scopeOf(actor), id: nodeId });
    if (!node || node.planId !== scope.planId) throw unprocessable([{ path: 'scope.nodeId', message: 'Cet axe n’appartient pas au plan choisi.' }]);
  }
  return { planId: scope.planId, nodeId };
}
