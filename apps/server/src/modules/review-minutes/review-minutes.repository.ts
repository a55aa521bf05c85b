import { and, desc, eq, inArray, lt, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { readableBy } from '../actions/action-list.repository.js';
import { actions } from '../actions/action.table.js';
import { reviews, type ReviewRow, type ReviewSeriesRow } from '../reviews/review.table.js';
import { statuses } from '../statuses/status.table.js';

type Scope = { organizationId: string };

/** A review with its series, as the minutes and the diff read them (loaded by `loadReviewFor`). */
export type MinutesReviewRow = { review: ReviewRow; series: ReviewSeriesRow };

/**
 * The latest held review of the series before this one (by date, then by when it was held): what
 * « since the last review » compares with.
 */
export async function findPreviousHeldReview(db: DbOrTx, { organizationId, seriesId, reviewId, date }: Scope & { seriesId: string; reviewId: string; date: string }) {
  const [row] = await db
    .select({ id: reviews.id, date: reviews.date })
    .from(reviews)
    .where(
      and(
        eq(reviews.organizationId, organizationId),
        eq(reviews.seriesId, seriesId),
        eq(reviews.status, 'held'),
        ne(reviews.id, reviewId),
        or(lt(reviews.date, date), and(eq(reviews.date, date), sql`${reviews.heldAt} < (select r.held_at from reviews r where r.organization_id = ${organizationId} and r.id = ${reviewId})`)),
      ),
    )
    .orderBy(desc(reviews.date), desc(reviews.heldAt))
    .limit(1);
  return row ?? null;
}
export async function selectStatusLabels(db: DbOrTx, { organizationId, ids }: Scope & { ids: string[] }) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: statuses.id, label: statuses.label })
    .from(statuses)
    .where(and(eq(statuses.organizationId, organizationId), inArray(statuses.id, ids)));
  return new Map(rows.map((row) => [row.id, row.label]));
}

/** Ids of the plan's fiches a reader who does not manage the plan may read (the action list's rule). */
export async function selectReadableActionIds(db: DbOrTx, { organizationId, planId, reader }: Scope & { planId: string; reader: { userId: string; unitIds: string[] } }) {
  const rows = await db
    .select({ id: actions.id })
    .from(actions)
    .where(and(eq(actions.organizationId, organizationId), eq(actions.planId, planId), readableBy(reader)));
  return new Set(rows.map((row) => row.id));
}
