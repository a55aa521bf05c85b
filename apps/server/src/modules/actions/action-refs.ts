import type { DbOrTx } from '../../db/client.js';
import { invalid, type Issue } from '../../http/errors.js';
import { existingOrgUnitIds } from '../org-units/org-unit.repository.js';
import { findAction, findActiveStatus, findNodes } from './action.repository.js';
import { activeMemberIds } from '../users/user.repository.js';
import type { ActionRow } from './action.table.js';

/** The references a create or an update may carry; absent keys are not checked. */
export interface ActionRefs {
  pilotId?: string | null;
  copilotIds?: string[];
  eluId?: string | null;
  leadOrgUnitId?: string | null;
  orgUnitIds?: string[];
  statusId?: string;
  linkedNodeIds?: string[];
  parentActionId?: string | null;
}

const PERSON = 'Personne introuvable ou inactive dans la collectivité';

/**
 * Checks every reference against the collectivité, all at once, so the answer lists every bad
 * field (400) and nothing is written. Returns the parent action when one is named.
 */
export async function checkActionRefs(
  db: DbOrTx,
  scope: { organizationId: string },
  refs: ActionRefs,
  where: { planId: string; actionId?: string; hasSubActions?: boolean },
): Promise<{ parent: ActionRow | undefined }> {
  const issues: Issue[] = [];
  const people = [refs.pilotId, refs.eluId, ...(refs.copilotIds ?? [])].filter((id): id is string => !!id);
  const active = new Set(await activeMemberIds(db, { ...scope, userIds: [...new Set(people)] }));
  if (refs.pilotId && !active.has(refs.pilotId)) issues.push({ path: 'pilotId', message: PERSON });
  if (refs.eluId && !active.has(refs.eluId)) issues.push({ path: 'eluId', message: PERSON });
  if (refs.copilotIds?.some((id) => !active.has(id))) issues.push({ path: 'copilotIds', message: PERSON });

  const units = [refs.leadOrgUnitId, ...(refs.orgUnitIds ?? [])].filter((id): id is string => !!id);
  const knownUnits = new Set(await existingOrgUnitIds(db, { ...scope, ids: [...new Set(units)] }));
  if (refs.leadOrgUnitId && !knownUnits.has(refs.leadOrgUnitId)) issues.push({ path: 'leadOrgUnitId', message: 'Unité introuvable' });
  if (refs.orgUnitIds?.some((id) => !knownUnits.has(id))) issues.push({ path: 'orgUnitIds', message: 'Unité introuvable' });

  if (refs.statusId && !(await findActiveStatus(db, { ...scope, id: refs.statusId }))) {
    issues.push({ path: 'statusId', message: 'Statut inconnu ou désactivé' });
  }

  if (refs.linkedNodeIds && refs.linkedNodeIds.length > 0) {
    // A link says "also contributes to another plan": a node of its own plan would count it twice.
    const nodes = await findNodes(db, { ...scope, ids: [...new Set(refs.linkedNodeIds)] });
    const ok = new Set(nodes.filter((node) => node.planId !== where.planId).map((node) => node.id));
    if (refs.linkedNodeIds.some((id) => !ok.has(id))) {
      issues.push({ path: 'linkedNodeIds', message: 'Les liens doivent désigner des éléments d’autres plans de la collectivité' });
    }
  }

  let parent: ActionRow | undefined;
  if (refs.parentActionId) {
    parent = await findAction(db, { ...scope, id: refs.parentActionId });
    const message = parentProblem(parent, where);
    if (message) issues.push({ path: 'parentActionId', message });
  }
  if (issues.length > 0) throw invalid(issues);
  return { parent };
}

/** Sub-actions go one level deep, inside one plan. */
function parentProblem(parent: ActionRow | undefined, where: { planId: string; actionId?: string; hasSubActions?: boolean }) {
  if (!parent || parent.planId !== where.planId) return 'L’action parente doit être une action du même plan';
  if (parent.id === where.actionId) return 'Une action ne peut pas être sa propre sous-action';
  if (parent.parentActionId) return 'L’action parente est déjà une sous-action (un seul niveau de sous-actions)';
  if (parent.mergedIntoId) return 'L’action parente a été fusionnée dans une autre';
  if (where.hasSubActions) return 'Cette action a des sous-actions : elle ne peut pas devenir elle-même une sous-action';
  return undefined;
}
