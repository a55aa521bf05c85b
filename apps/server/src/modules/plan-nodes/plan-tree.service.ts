import type { Rollup } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import type { Clock } from '../../lib/clock.js';
import { loadPlanForActor } from '../plans/plan.access.js';
import { listPlanNodes } from './plan-node.repository.js';
import type { PlanTreeNode as TreeNode } from '@pilotis/shared';
import { byCode, placesOf } from './plan-node.shape.js';
import { selectPlanRollups, type RollupRow } from './plan-tree.repository.js';

/** Today in France, where the collectivités are: an end date of today is not late yet. */
export function todayInFrance(clock: Clock): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(clock.now());
}

const emptyRollup = (): Rollup => ({
  progress: null,
  actionCount: 0,
  lateCount: 0,
  byCategory: { not_started: 0, in_progress: 0, done: 0, stopped: 0 },
  budget: { plannedCents: 0, committedCents: 0, spentCents: 0 },
});

/** SQL sums → roll-up; the mean is rounded here with the very expression `rollupTree` uses. */
function toRollup(row: RollupRow | undefined): Rollup {
  if (!row) return emptyRollup();
  const weighted = Number(row.weighted ?? 0);
  const weights = Number(row.weights ?? 0);
  return {
    progress: weights > 0 ? Math.round((weighted / weights) * 10) / 10 : null,
    actionCount: Number(row.action_count),
    lateCount: Number(row.late_count),
    byCategory: {
      not_started: Number(row.not_started),
      in_progress: Number(row.in_progress),
      done: Number(row.done),
      stopped: Number(row.stopped),
    },
    budget: { plannedCents: Number(row.planned_cents), committedCents: Number(row.committed_cents), spentCents: Number(row.spent_cents) },
  };
}

/** The plan's tree in reading order (1, 1.1, 1.2, 2…), every node with the roll-up of its subtree. */
export async function getPlanTree(ctx: AppContext, actor: MemberActor, planId: string) {
  const { plan, resource } = await loadPlanForActor(ctx.db, actor, planId);
  // Independent reads: on PostgreSQL they run side by side on two pooled connections.
  const [nodes, rows] = await Promise.all([
    listPlanNodes(ctx.db, { ...scopeOf(actor), planId }),
    selectPlanRollups(ctx.db, { ...scopeOf(actor), planId, today: todayInFrance(ctx.clock) }),
  ]);
  const byNode = new Map(rows.map((row) => [row.node_id, row]));
  const places = placesOf(nodes, plan.levelNames);
  const treeNodes: TreeNode[] = nodes.map((node) => {
    const place = places.get(node.id)!;
    return {
      id: node.id,
      parentId: node.parentId,
      code: place.code,
      title: node.title,
      description: node.description,
      depth: place.depth,
      levelName: place.levelName,
      position: node.position,
      leadOrgUnitId: node.leadOrgUnitId,
      version: node.version,
      ...toRollup(byNode.get(node.id)),
    };
  });
  return { plan, resource, rollup: toRollup(byNode.get(null)), nodes: treeNodes.sort(byCode) };
}
