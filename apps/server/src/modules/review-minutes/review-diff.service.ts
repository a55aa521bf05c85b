import { diffReviewSnapshots, type ReviewDiff, type ReviewDiffChanges, type ReviewSnapshotData } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { can } from '../../policies/index.js';
import type { IndicatorReader } from '../indicators/indicator-list.repository.js';
import { readerOf } from '../indicators/indicator-list.service.js';
import { selectReadableIndicatorIds } from '../reviews/review-agenda.repository.js';
import { loadReviewForActor } from '../reviews/review.access.js';
import { findSeries } from '../reviews/review.repository.js';
import { findReviewSnapshot } from '../review-snapshots/review-snapshot.repository.js';
import { readLivePlanSnapshot } from '../review-snapshots/review-snapshot.service.js';
import { findPreviousHeldReview, selectReadableActionIds, type MinutesReviewRow } from './review-minutes.repository.js';

/**
 * The review with its series if the actor may read it (`review.read`, as `loadReviewForActor`: 404
 * otherwise), and whether they manage it (`review.manage`: send the minutes, read every fiche of the diff).
 */
export async function loadReviewFor(ctx: AppContext, actor: MemberActor, reviewId: string): Promise<{ row: MinutesReviewRow; manages: boolean }> {
  const { review, resource } = await loadReviewForActor(ctx.db, actor, reviewId, { manage: false });
  const series = (await findSeries(ctx.db, { ...scopeOf(actor), id: review.seriesId }))!;
  return { row: { review, series }, manages: can(actor, 'review.manage', resource) };
}

/** This review's frozen plan once held (the live plan if it has no snapshot, held before snapshots existed). */
async function currentSnapshot(db: DbOrTx, ctx: Pick<AppContext, 'clock'>, row: MinutesReviewRow): Promise<{ data: ReviewSnapshotData; live: boolean }> {
  const scope = { organizationId: row.review.organizationId };
  if (row.review.status === 'held') {
    const frozen = await findReviewSnapshot(db, { ...scope, reviewId: row.review.id });
    if (frozen) return { data: frozen.data, live: false };
  }
  return { data: await readLivePlanSnapshot(db, ctx, { ...scope, planId: row.review.planId }), live: true };
}

/** Keeps only the fiches the reader may read (a manager reads them all: `readable` null). */
function onlyReadable(changes: ReviewDiffChanges, readable: Set<string> | null): ReviewDiffChanges {
  if (!readable) return changes;
  const ok = (ref: { id: string }) => readable.has(ref.id);
  return {
    statusChanges: changes.statusChanges.filter((c) => ok(c.action)),
    progressChanges: changes.progressChanges.filter((c) => ok(c.action)),
    newActions: changes.newActions.filter(ok),
    closedActions: changes.closedActions.filter(ok),
    mergedActions: changes.mergedActions.filter((m) => ok(m.action)),
    // A deleted fiche can no longer say who could read it: only managers see those.
    removedActions: [],
    indicatorMoves: changes.indicatorMoves,
  };
}

/**
 * What changed between the previous held review of the series and this one (its snapshot once
 * held, the live plan before). `current` is returned too: the minutes take codes from it; and
 * `readable`, the fiches of the plan the reader may read (null: all, for a manager). Indicator
 * moves are those `indicatorReader` may read.
 */
export async function computeReviewDiff(
  db: DbOrTx,
  ctx: Pick<AppContext, 'clock'>,
  row: MinutesReviewRow,
  reader: { userId: string; unitIds: string[] } | null,
  indicatorReader: IndicatorReader,
): Promise<{ diff: ReviewDiff; current: ReviewSnapshotData; readable: Set<string> | null }> {
  const { review } = row;
  const scope = { organizationId: review.organizationId };
  const [current, previous] = await Promise.all([
    currentSnapshot(db, ctx, row),
    findPreviousHeldReview(db, { ...scope, seriesId: review.seriesId, reviewId: review.id, date: review.date }),
  ]);
  const before = previous ? await findReviewSnapshot(db, { ...scope, reviewId: previous.id }) : null;
  const readable = reader ? await selectReadableActionIds(db, { ...scope, planId: review.planId, reader }) : null;
  const all = onlyReadable(diffReviewSnapshots(before?.data ?? null, current.data), readable);
  // Indicators by their own rule, whoever reads (a manager of the plan too).
  const readableIndicators = await selectReadableIndicatorIds(db, { ...scope, ids: all.indicatorMoves.map((m) => m.indicator.id), reader: indicatorReader });
  const changes = { ...all, indicatorMoves: all.indicatorMoves.filter((m) => readableIndicators.has(m.indicator.id)) };
  return {
    diff: {
      from: previous && before ? { reviewId: previous.id, date: previous.date } : null,
      to: { reviewId: review.id, date: review.date, live: current.live },
      ...changes,
    },
    current: current.data,
    readable,
  };
}

/** `GET /api/reviews/:id/diff`. */
export async function getReviewDiff(ctx: AppContext, actor: MemberActor, reviewId: string): Promise<ReviewDiff> {
  const { row, manages } = await loadReviewFor(ctx, actor, reviewId);
  return (await computeReviewDiff(ctx.db, ctx, row, manages ? null : actor, await readerOf(ctx.db, actor))).diff;
}
