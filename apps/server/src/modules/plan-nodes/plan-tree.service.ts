import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { todayOf } from '../../lib/clock.js';
import { loadPlanForActor } from '../plans/plan.access.js';
import { selectPlanTree } from './plan-tree.repository.js';

/**
 * The plan's tree in reading order (1, 1.1, 1.2, 2…) as the JSON text of its `PlanTreeNode`s,
 * written whole by the database (see selectPlanTree), and the plan's roll-up.
 */
export async function getPlanTree(ctx: AppContext, actor: MemberActor, planId: string) {
  // Side by side: the access check decides whether the tree is answered, not whether it is read
  // (a refused actor gets the same 404, the rows are dropped). Scoped to the actor's collectivité.
  const [{ plan, resource }, tree] = await Promise.all([
    loadPlanForActor(ctx.db, actor, planId),
    selectPlanTree(ctx.db, { ...scopeOf(actor), planId, today: todayOf(ctx.clock) }),
  ]);
  return { plan, resource, rollupJson: `{${tree.rollup}}`, nodesJson: tree.nodes };
}

export type PlanTree = Awaited<ReturnType<typeof getPlanTree>>;
