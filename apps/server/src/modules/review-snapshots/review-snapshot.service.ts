import type { ReviewSnapshotData, SnapshotAction, SnapshotIndicator } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import { todayOf, type Clock } from '../../lib/clock.js';
import { actionCode, codesOfNodes } from '../actions/action-code.js';
import { latestPoints } from '../measures/measure-point.js';
import { selectLatestMeasures } from '../measures/measure-read.repository.js';
import { selectPlanIndicators, selectSnapshotActions, selectSnapshotNodes, upsertReviewSnapshot } from './review-snapshot.repository.js';

type PlanRef = { organizationId: string; planId: string };

/**
 * The plan as it stands now: every fiche with its code, status, progress and lateness (today in
 * Paris), every indicator linked to the plan with its latest validated measure. Not filtered for a
 * reader: a snapshot is the plan's, and what a reader is shown of it is decided when it is read.
 */
export async function readLivePlanSnapshot(db: DbOrTx, ctx: { clock: Clock }, { organizationId, planId }: PlanRef): Promise<ReviewSnapshotData> {
  const scope = { organizationId, planId };
  // One after the other: `db` is often a transaction, whose single connection runs one query at a time.
  const nodes = await selectSnapshotNodes(db, scope);
  const rows = await selectSnapshotActions(db, { ...scope, today: todayOf(ctx.clock) });
  const indicatorRows = await selectPlanIndicators(db, scope);
  const nodeCodes = codesOfNodes(nodes);
  const rankOf = new Map(rows.map((row) => [row.id, row.rank]));
  const snapshotActions: SnapshotAction[] = rows.map(({ nodeId, rank, ...row }) => ({
    ...row,
    code: actionCode(nodeCodes.get(nodeId), rank, row.parentActionId ? (rankOf.get(row.parentActionId) ?? null) : null),
  }));

  const ids = indicatorRows.map((row) => row.id);
  const measures = await selectLatestMeasures(db, { organizationId, indicatorIds: ids, draftIndicatorIds: [] });
  const points = latestPoints(measures, new Map(indicatorRows.map((row) => [row.id, row])));
  const snapshotIndicators: SnapshotIndicator[] = indicatorRows.map(({ id, code, name }) => {
    const point = points.get(id);
    return { id, code, name, last: point ? { period: point.period, value: point.value, status: point.status } : null };
  });
  return { actions: snapshotActions, indicators: snapshotIndicators };
}

/**
 * Freezes the plan as it stands for a review being marked held. Call it in the transaction that
 * marks the review held (reviews module), so a review is never held without its snapshot.
 */
export async function takeReviewSnapshot(tx: DbOrTx, ctx: { clock: Clock }, { organizationId, reviewId, planId }: PlanRef & { reviewId: string }) {
  const data = await readLivePlanSnapshot(tx, ctx, { organizationId, planId });
  await upsertReviewSnapshot(tx, { reviewId, organizationId, planId, takenAt: ctx.clock.now(), data });
  return data;
}
