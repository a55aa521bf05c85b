import type { DbOrTx } from '../../db/client.js';
import type { MemberActor } from '../../http/actor.js';
import { invalid, type Issue } from '../../http/errors.js';
import { can } from '../../policies/index.js';
import { loadActionResource } from '../actions/action.access.js';
import { findNodes } from '../actions/action.repository.js';
import { existingOrgUnitIds } from '../org-units/org-unit.repository.js';
import { planResource } from '../plans/plan.access.js';
import { findPlanWithRole } from '../plans/plan.repository.js';
import { activeMemberIds } from '../users/user.repository.js';

/** The references a create or an update may carry; absent keys are not checked. */
export interface IndicatorRefs {
  ownerOrgUnitId?: string | null;
  pilotIds?: string[];
  nodeIds?: string[];
  actionIds?: string[];
}

/**
 * Checks every reference against the collectivité and what the actor may read, all at once, so
 * the answer lists every bad field (400) and nothing is written. A node or an action the actor
 * cannot read is reported like a missing one: nothing is revealed.
 */
export async function checkIndicatorRefs(db: DbOrTx, actor: MemberActor, refs: IndicatorRefs) {
  const scope = { organizationId: actor.organizationId };
  const issues: Issue[] = [];
  if (refs.pilotIds?.length) {
    const active = new Set(await activeMemberIds(db, { ...scope, userIds: [...new Set(refs.pilotIds)] }));
    if (refs.pilotIds.some((id) => !active.has(id))) issues.push({ path: 'pilotIds', message: 'Personne introuvable ou inactive dans la collectivité' });
  }
  if (refs.ownerOrgUnitId && (await existingOrgUnitIds(db, { ...scope, ids: [refs.ownerOrgUnitId] })).length === 0) {
    issues.push({ path: 'ownerOrgUnitId', message: 'Unité introuvable' });
  }
  if (refs.nodeIds?.length && !(await allNodesReadable(db, actor, [...new Set(refs.nodeIds)]))) {
    issues.push({ path: 'nodeIds', message: 'Élément de plan introuvable' });
  }
  if (refs.actionIds?.length && !(await allActionsReadable(db, actor, [...new Set(refs.actionIds)]))) {
    issues.push({ path: 'actionIds', message: 'Action introuvable' });
  }
  if (issues.length > 0) throw invalid(issues);
}

async function allNodesReadable(db: DbOrTx, actor: MemberActor, ids: string[]) {
  const nodes = await findNodes(db, { organizationId: actor.organizationId, ids });
  if (nodes.length !== ids.length) return false;
  for (const planId of new Set(nodes.map((node) => node.planId))) {
    const found = await findPlanWithRole(db, { organizationId: actor.organizationId, id: planId, userId: actor.userId });
    if (!found || !can(actor, 'plan.read', planResource(found.plan, found.role))) return false;
  }
  return true;
}

async function allActionsReadable(db: DbOrTx, actor: MemberActor, ids: string[]) {
  for (const id of ids) {
    const loaded = await loadActionResource(db, actor, id);
    if (!loaded || !can(actor, 'action.read', loaded.resource)) return false;
  }
  return true;
}

/** Only what changes is checked: a form sending back a since-deactivated pilot still saves. */
export function changedRefs(input: IndicatorRefs, current: { ownerOrgUnitId: string | null; pilotIds: string[]; nodeIds: string[]; actionIds: string[] }): IndicatorRefs {
  const added = (next: string[] | undefined, before: string[]) => next?.filter((id) => !before.includes(id));
  return {
    ownerOrgUnitId: input.ownerOrgUnitId !== undefined && input.ownerOrgUnitId !== current.ownerOrgUnitId ? input.ownerOrgUnitId : undefined,
    pilotIds: added(input.pilotIds, current.pilotIds),
    nodeIds: added(input.nodeIds, current.nodeIds),
    actionIds: added(input.actionIds, current.actionIds),
  };
}
