import { z } from 'zod';
import { measureStatuses } from './indicator-status.js';
import { statusCategories } from './status.schema.js';

/**
 * What a review freezes of its plan when it is held (`review_snapshots.data`), and what the live
 * plan looks like for a review not held yet: the « what changed since the last review » of the
 * minutes compares two of these.
 */
export const snapshotActionSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  statusId: z.uuid(),
  statusLabel: z.string(),
  statusCategory: z.enum(statusCategories),
  progress: z.number(),
  endsOn: z.string().nullable(),
  pilotId: z.uuid().nullable(),
  parentActionId: z.uuid().nullable(),
  mergedIntoId: z.uuid().nullable(),
  late: z.boolean(),
});
export type SnapshotAction = z.infer<typeof snapshotActionSchema>;

/** An indicator's latest measure as it stood (validated measures only: drafts are not results yet). */
export const snapshotPointSchema = z.object({ period: z.string(), value: z.number(), status: z.enum(measureStatuses) });
export type SnapshotPoint = z.infer<typeof snapshotPointSchema>;

export const snapshotIndicatorSchema = z.object({ id: z.uuid(), code: z.string(), name: z.string(), last: snapshotPointSchema.nullable() });
export type SnapshotIndicator = z.infer<typeof snapshotIndicatorSchema>;

export const reviewSnapshotDataSchema = z.object({ actions: z.array(snapshotActionSchema), indicators: z.array(snapshotIndicatorSchema) });
export type ReviewSnapshotData = z.infer<typeof reviewSnapshotDataSchema>;

const actionRef = z.object({ id: z.uuid(), code: z.string(), title: z.string() });
export type DiffActionRef = z.infer<typeof actionRef>;
const indicatorRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

/**
 * `GET /api/reviews/:id/diff`. `from` is the previous held review of the series (null: none, and
 * every fiche is listed as new); `to.live` says the review is not held and the live plan was read.
 * Each fiche appears in at most one of newActions, mergedActions, closedActions (moved to a done or
 * stopped status), statusChanges and removedActions (deleted since); progress changes are listed
 * besides for fiches present in both.
 */
export const reviewDiffSchema = z.object({
  from: z.object({ reviewId: z.uuid(), date: z.string() }).nullable(),
  to: z.object({ reviewId: z.uuid(), date: z.string(), live: z.boolean() }),
  statusChanges: z.array(z.object({ action: actionRef, from: z.string(), to: z.string() })),
  progressChanges: z.array(z.object({ action: actionRef, from: z.number(), to: z.number() })),
  newActions: z.array(actionRef),
  closedActions: z.array(actionRef),
  mergedActions: z.array(z.object({ action: actionRef, into: actionRef })),
  removedActions: z.array(actionRef),
  indicatorMoves: z.array(z.object({ indicator: indicatorRef, from: snapshotPointSchema.nullable(), to: snapshotPointSchema.nullable() })),
});
export type ReviewDiff = z.infer<typeof reviewDiffSchema>;
export type ReviewDiffChanges = Omit<ReviewDiff, 'from' | 'to'>;

/** Nothing changed: the minutes say so in one line rather than six empty headings. */
export function isEmptyDiff(diff: ReviewDiffChanges) {
  return (
    diff.statusChanges.length +
      diff.progressChanges.length +
      diff.newActions.length +
      diff.closedActions.length +
      diff.mergedActions.length +
      diff.removedActions.length +
      diff.indicatorMoves.length ===
    0
  );
}
