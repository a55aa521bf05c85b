import type { PlanTreeNode as TreeNode, Rollup } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import type { Clock } from '../../lib/clock.js';
import { loadPlanForActor } from '../plans/plan.access.js';
import { inReadingOrder } from './plan-node.shape.js';
import { selectPlanTree, type PlanTreeRow } from './plan-tree.repository.js';

// Built once: constructing an Intl formatter costs more than formatting with it.
const franceDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in France, where the collectivités are: an end date of today is not late yet. */
export function todayInFrance(clock: Clock): string {
  return franceDate.format(clock.now());
}

/** SQL sums → roll-up (a node without counted fiches has null sums); the mean is rounded with the very expression `rollupTree` uses. */
function toRollup(row: PlanTreeRow | undefined): Rollup {
  const weighted = row?.weighted ?? 0;
  const weights = row?.weights ?? 0;
  return {
    progress: weights > 0 ? Math.round((weighted / weights) * 10) / 10 : null,
    actionCount: row?.action_count ?? 0,
    lateCount: row?.late_count ?? 0,
    byCategory: {
      not_started: row?.not_started ?? 0,
      in_progress: row?.in_progress ?? 0,
      done: row?.done ?? 0,
      stopped: row?.stopped ?? 0,
    },
    budget: { plannedCents: row?.planned_cents ?? 0, committedCents: row?.committed_cents ?? 0, spentCents: row?.spent_cents ?? 0 },
  };
}

type NodeRow = PlanTreeRow & { id: string; title: string; position: number };

/** The plan's tree in reading order (1, 1.1, 1.2, 2…), every node with the roll-up of its subtree. */
export async function getPlanTree(ctx: AppContext, actor: MemberActor, planId: string) {
  // Side by side: the access check decides whether the tree is answered, not whether it is read
  // (a refused actor gets the same 404, the rows are dropped). Scoped to the actor's collectivité.
  const [{ plan, resource }, rows] = await Promise.all([
    loadPlanForActor(ctx.db, actor, planId),
    selectPlanTree(ctx.db, { ...scopeOf(actor), planId, today: todayInFrance(ctx.clock) }),
  ]);
  const nodeRows = rows.filter((row): row is NodeRow => row.id !== null).map((row) => ({ ...row, parentId: row.parent_id }));
  const nodes: TreeNode[] = inReadingOrder(nodeRows, plan.levelNames).map(({ node, place }) => ({
    id: node.id,
    parentId: node.parent_id,
    code: place.code,
    title: node.title,
    description: node.description ?? '',
    depth: place.depth,
    levelName: place.levelName,
    position: node.position,
    leadOrgUnitId: node.lead_org_unit_id,
    version: node.version ?? 1,
    ...toRollup(node),
  }));
  return { plan, resource, rollup: toRollup(rows.find((row) => row.id === null)), nodes };
}
