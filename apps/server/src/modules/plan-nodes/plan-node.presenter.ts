import type { MemberActor } from '../../http/actor.js';
import { can } from '../../policies/index.js';
import type { PlanResource } from '../../policies/plan.policy.js';
import type { PlanNode } from '@pilotis/shared';
import { placesOf } from './plan-node.shape.js';
import type { PlanNodeRow } from './plan-node.table.js';

/** The node with its code and level name, computed from the whole plan's tree. */
export function presentNode(row: PlanNodeRow, allNodes: PlanNodeRow[], levelNames: string[]): PlanNode {
  const place = placesOf(allNodes, levelNames).get(row.id) ?? { code: '', depth: 0, levelName: levelNames[0] ?? '' };
  return {
    id: row.id,
    planId: row.planId,
    parentId: row.parentId,
    code: place.code,
    title: row.title,
    description: row.description,
    depth: place.depth,
    levelName: place.levelName,
    position: row.position,
    leadOrgUnitId: row.leadOrgUnitId,
    version: row.version,
  };
}

/** Nodes are part of the plan's structure: whoever shapes the plan shapes its tree. */
export const nodeAbilities = (actor: MemberActor, plan: PlanResource) => {
  const shape = can(actor, 'plan.update', plan);
  return { update: shape, delete: shape };
};

/** Fields worth a line in the history. */
export const auditedNode = (row: PlanNodeRow) => ({
  planId: row.planId,
  parentId: row.parentId,
  title: row.title,
  description: row.description,
  position: row.position,
  leadOrgUnitId: row.leadOrgUnitId,
});
