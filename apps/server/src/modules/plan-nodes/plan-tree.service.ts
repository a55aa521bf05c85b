import type { Rollup } from '@pilotis/shared';
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

const emptyRollup = (): Rollup => ({
  progress: null,
  actionCount: 0,
  lateCount: 0,
  byCategory: { not_started: 0, in_progress: 0, done: 0, stopped: 0 },
  budget: { plannedCents: 0, committedCents: 0, spentCents: 0 },
});

type NodeRow = PlanTreeRow & { id: string; title: string; position: number; head: string; fields: string };

/**
 * The plan's tree in reading order (1, 1.1, 1.2, 2…): each node as the JSON text of a
 * `PlanTreeNode` (the database writes most of it, see selectPlanTree), and the plan's roll-up.
 */
export async function getPlanTree(ctx: AppContext, actor: MemberActor, planId: string) {
  // Side by side: the access check decides whether the tree is answered, not whether it is read
  // (a refused actor gets the same 404, the rows are dropped). Scoped to the actor's collectivité.
  const [{ plan, resource }, rows] = await Promise.all([
    loadPlanForActor(ctx.db, actor, planId),
    selectPlanTree(ctx.db, { ...scopeOf(actor), planId, today: todayInFrance(ctx.clock) }),
  ]);
  const nodeRows = rows.filter((row): row is NodeRow => row.id !== null);
  const nodeJson = inReadingOrder(nodeRows, plan.levelNames).map(
    ({ node, place }) =>
      `{"id":"${node.id}","parentId":${node.parentId ? `"${node.parentId}"` : 'null'},"code":"${place.code}",${node.head},` +
      `"depth":${place.depth},"levelName":${JSON.stringify(place.levelName)},${node.fields},${node.rollup}}`,
  );
  const planRow = rows.find((row) => row.id === null);
  const rollup: Rollup = planRow ? JSON.parse(`{${planRow.rollup}}`) : emptyRollup();
  return { plan, resource, rollup, nodeJson };
}

export type PlanTree = Awaited<ReturnType<typeof getPlanTree>>;
