import type { DbOrTx } from '../../db/client.js';
import { invalid, type Issue } from '../../http/errors.js';
import { findNodes } from '../actions/action.repository.js';
import { existingOrgUnitIds } from '../org-units/org-unit.repository.js';
import { activeMemberIds } from '../users/user.repository.js';

/** What a request or a project change may point to; absent keys are not checked. */
export interface ProjectRefs {
  requestingUnitId?: string | null;
  sponsorId?: string | null;
  resources?: { orgUnitId: string }[];
  objectiveNodeIds?: string[];
  nodeId?: string;
}

/**
 * Checks every reference against the collectivité at once (400 listing each bad field, nothing
 * written). Objectives are nodes of other plans: the portfolio's own nodes are where projects sit.
 */
export async function checkProjectRefs(db: DbOrTx, scope: { organizationId: string }, refs: ProjectRefs, planId: string) {
  const issues: Issue[] = [];
  const unitIds = [refs.requestingUnitId, ...(refs.resources ?? []).map((r) => r.orgUnitId)].filter((id): id is string => !!id);
  const units = new Set(await existingOrgUnitIds(db, { ...scope, ids: [...new Set(unitIds)] }));
  if (refs.requestingUnitId && !units.has(refs.requestingUnitId)) issues.push({ path: 'requestingUnitId', message: 'Unité introuvable' });
  refs.resources?.forEach((r, index) => {
    if (!units.has(r.orgUnitId)) issues.push({ path: `resources.${index}.orgUnitId`, message: 'Unité introuvable' });
  });
  if (refs.sponsorId && !(await activeMemberIds(db, { ...scope, userIds: [refs.sponsorId] })).includes(refs.sponsorId)) {
    issues.push({ path: 'sponsorId', message: 'Personne introuvable ou inactive dans la collectivité' });
  }
  const nodeIds = [...new Set([...(refs.objectiveNodeIds ?? []), ...(refs.nodeId ? [refs.nodeId] : [])])];
  const nodes = new Map((await findNodes(db, { ...scope, ids: nodeIds })).map((node) => [node.id, node.planId]));
  refs.objectiveNodeIds?.forEach((id, index) => {
    const plan = nodes.get(id);
    if (!plan || plan === planId) issues.push({ path: `objectiveNodeIds.${index}`, message: 'Les objectifs doivent être des éléments d’autres plans de la collectivité' });
  });
  if (refs.nodeId && nodes.get(refs.nodeId) !== planId) issues.push({ path: 'nodeId', message: 'Élément du portefeuille introuvable' });
  if (issues.length > 0) throw invalid(issues);
}

/** Euros with cents as typed in the form → cents. */
export const toCents = (euros: number) => Math.round(euros * 100);
