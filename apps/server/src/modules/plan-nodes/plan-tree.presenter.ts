import type { MemberActor } from '../../http/actor.js';
import { planAbilities, presentPlan } from '../plans/plan.presenter.js';
import type { PlanTree } from './plan-tree.service.js';

/**
 * The answer of GET /api/plans/:id/tree as JSON text, shaped as `planTreeSchema`:
 * { data: { plan: Plan & { rollup }, nodes: PlanTreeNode[] }, can }. The nodes arrive already
 * written (see selectPlanTree), so they are joined, not parsed and serialised again.
 */
export function planTreeJson(actor: MemberActor, tree: PlanTree): string {
  const plan = JSON.stringify(presentPlan(tree.plan, tree.resource.actorRole)).slice(0, -1);
  const can = JSON.stringify(planAbilities(actor, tree.resource));
  return `{"data":{"plan":${plan},"rollup":${tree.rollupJson}},"nodes":[${tree.nodesJson}]},"can":${can}}`;
}
