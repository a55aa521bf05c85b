import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { lateSql } from '../actions/action-list.repository.js';
import { rankedActions } from '../actions/action.repository.js';
import { actions } from '../actions/action.table.js';
import { indicatorActionLinks, indicatorNodeLinks, indicators, judgedIndicatorColumns } from '../indicators/indicator.table.js';
import { planNodes } from '../plan-nodes/plan-node.table.js';
import { statuses } from '../statuses/status.table.js';
import { reviewSnapshots } from './review-snapshot.table.js';

type Scope = { organizationId: string };
type PlanScope = Scope & { planId: string };

/** Every node of the plan, for the fiches' codes. */
export async function selectSnapshotNodes(db: DbOrTx, { organizationId, planId }: PlanScope) {
  return db
    .select({ id: planNodes.id, planId: planNodes.planId, parentId: planNodes.parentId, position: planNodes.position, title: planNodes.title })
    .from(planNodes)
    .where(and(eq(planNodes.organizationId, organizationId), eq(planNodes.planId, planId)));
}

/** Every fiche of the plan with its status, its rank among its siblings and whether it is late today. */
export async function selectSnapshotActions(db: DbOrTx, { organizationId, planId, today }: PlanScope & { today: string }) {
  const ranked = rankedActions(db, { organizationId, planIds: [planId] });
  return db
    .with(ranked)
    .select({
      id: actions.id,
      nodeId: actions.nodeId,
      title: actions.title,
      statusId: actions.statusId,
      statusLabel: statuses.label,
      statusCategory: statuses.category,
      progress: actions.progress,
      endsOn: actions.endsOn,
      pilotId: actions.pilotId,
      parentActionId: actions.parentActionId,
      mergedIntoId: actions.mergedIntoId,
      late: lateSql(today).mapWith(Boolean),
      rank: ranked.rank,
    })
    .from(actions)
    .innerJoin(statuses, eq(statuses.id, actions.statusId))
    .innerJoin(ranked, eq(ranked.id, actions.id))
    .where(and(eq(actions.organizationId, organizationId), eq(actions.planId, planId)));
}

/** Indicators linked to a node or a fiche of the plan, with what judging their measures needs. */
export async function selectPlanIndicators(db: DbOrTx, { organizationId, planId }: PlanScope) {
  const viaNode = sql`exists (select 1 from ${indicatorNodeLinks} join ${planNodes} on ${planNodes.id} = ${indicatorNodeLinks.nodeId}
    where ${indicatorNodeLinks.indicatorId} = ${indicators.id} and ${planNodes.organizationId} = ${organizationId} and ${planNodes.planId} = ${planId})`;
  const viaAction = sql`exists (select 1 from ${indicatorActionLinks} join ${actions} on ${actions.id} = ${indicatorActionLinks.actionId}
    where ${indicatorActionLinks.indicatorId} = ${indicators.id} and ${actions.organizationId} = ${organizationId} and ${actions.planId} = ${planId})`;
  return db
    .select(judgedIndicatorColumns)
    .from(indicators)
    .where(and(eq(indicators.organizationId, organizationId), or(viaNode, viaAction)))
    .orderBy(asc(indicators.code));
}

/** Freezes the snapshot of a review (again, if it was somehow taken before: the latest wins). */
export async function upsertReviewSnapshot(db: DbOrTx, row: typeof reviewSnapshots.$inferInsert) {
  await db
    .insert(reviewSnapshots)
    .values(row)
    .onConflictDoUpdate({ target: reviewSnapshots.reviewId, set: { takenAt: row.takenAt, data: row.data, planId: row.planId } });
}

export async function findReviewSnapshot(db: DbOrTx, { organizationId, reviewId }: Scope & { reviewId: string }) {
  const [row] = await db
    .select()
    .from(reviewSnapshots)
    .where(and(eq(reviewSnapshots.organizationId, organizationId), eq(reviewSnapshots.reviewId, reviewId)));
  return row ?? null;
}
