import { and, asc, count, desc, eq, inArray, lt, max, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { memberships, users } from '../users/user.table.js';
import { reviewAttendees, reviewDecisions, reviewItems, reviews, reviewSeries, type ReviewRow, type ReviewSeriesRow } from './review.table.js';

type Scope = { organizationId: string };
type SeriesEditable = Partial<Pick<ReviewSeriesRow, 'title' | 'kind' | 'cadence' | 'everyWeeks' | 'defaultAttendees' | 'updatedAt'>>;
type ReviewEditable = Partial<
  Pick<ReviewRow, 'title' | 'date' | 'startTime' | 'location' | 'status' | 'heldAt' | 'invitationsSentAt' | 'minutesSentAt' | 'updatedAt'>
>;

// ---------- Series ----------

export async function insertSeries(db: DbOrTx, values: typeof reviewSeries.$inferInsert) {
  const [row] = await db.insert(reviewSeries).values(values).returning();
  return row as ReviewSeriesRow;
}

export async function findSeries(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db.select().from(reviewSeries).where(and(eq(reviewSeries.organizationId, organizationId), eq(reviewSeries.id, id)));
  return row;
}

/** The series of a plan with their latest review date and review count. */
export async function listPlanSeries(db: DbOrTx, { organizationId, planId }: Scope & { planId: string }) {
  const stats = db
    .select({ seriesId: reviews.seriesId, lastReviewDate: max(reviews.date).as('last_review_date'), reviewCount: count().as('review_count') })
    .from(reviews)
    .where(and(eq(reviews.organizationId, organizationId), eq(reviews.planId, planId)))
    .groupBy(reviews.seriesId)
    .as('stats');
  return db
    .select({ series: reviewSeries, lastReviewDate: stats.lastReviewDate, reviewCount: stats.reviewCount })
    .from(reviewSeries)
    .leftJoin(stats, eq(stats.seriesId, reviewSeries.id))
    .where(and(eq(reviewSeries.organizationId, organizationId), eq(reviewSeries.planId, planId)))
    .orderBy(asc(reviewSeries.title), asc(reviewSeries.id));
}

export async function seriesStats(db: DbOrTx, { organizationId, seriesId }: Scope & { seriesId: string }) {
  const [row] = await db
    .select({ lastReviewDate: max(reviews.date), reviewCount: count() })
    .from(reviews)
    .where(and(eq(reviews.organizationId, organizationId), eq(reviews.seriesId, seriesId)));
  return { lastReviewDate: row?.lastReviewDate ?? null, reviewCount: Number(row?.reviewCount ?? 0) };
}

/** Updates only if the row is still at `version`; undefined means someone changed it first. */
export async function updateSeries(db: DbOrTx, { organizationId, id, version }: Scope & { id: string; version: number }, values: SeriesEditable) {
  const [row] = await db
    .update(reviewSeries)
    .set({ ...values, version: version + 1 })
    .where(and(eq(reviewSeries.organizationId, organizationId), eq(reviewSeries.id, id), eq(reviewSeries.version, version)))
    .returning();
  return row;
}

// ---------- Reviews ----------

export async function insertReview(db: DbOrTx, values: typeof reviews.$inferInsert) {
  const [row] = await db.insert(reviews).values(values).returning();
  return row as ReviewRow;
}

export async function findReview(db: DbOrTx, { organizationId, id }: Scope & { id: string }) {
  const [row] = await db.select().from(reviews).where(and(eq(reviews.organizationId, organizationId), eq(reviews.id, id)));
  return row;
}

/** The latest review of the series before `date` (the « previous review » of a new one). */
export async function findReviewBefore(db: DbOrTx, { organizationId, seriesId, date }: Scope & { seriesId: string; date: string }) {
  const [row] = await db
    .select()
    .from(reviews)
    .where(and(eq(reviews.organizationId, organizationId), eq(reviews.seriesId, seriesId), lt(reviews.date, date)))
    .orderBy(desc(reviews.date), desc(reviews.createdAt))
    .limit(1);
  return row;
}

export async function updateReview(db: DbOrTx, { organizationId, id, version }: Scope & { id: string; version: number }, values: ReviewEditable) {
  const [row] = await db
    .update(reviews)
    .set({ ...values, version: version + 1 })
    .where(and(eq(reviews.organizationId, organizationId), eq(reviews.id, id), eq(reviews.version, version)))
    .returning();
  return row;
}

/** Marks what was sent (not a change of the review itself: the version stays). */
export async function markReviewSent(db: DbOrTx, { organizationId, id }: Scope & { id: string }, values: Pick<ReviewEditable, 'invitationsSentAt' | 'minutesSentAt'>) {
  const [row] = await db
    .update(reviews)
    .set(values)
    .where(and(eq(reviews.organizationId, organizationId), eq(reviews.id, id)))
    .returning();
  return row;
}

/** Reviews of a plan (optionally one series), newest first, with their series title and counts. */
export async function listReviews(db: DbOrTx, { organizationId, planIds, seriesId }: Scope & { planIds: string[]; seriesId?: string }) {
  if (planIds.length === 0) return [];
  const itemCount = sql<number>`(select count(*) from ${reviewItems} where ${reviewItems.reviewId} = ${reviews.id})`.mapWith(Number);
  const decisionCount = sql<number>`(select count(*) from ${reviewDecisions} where ${reviewDecisions.reviewId} = ${reviews.id})`.mapWith(Number);
  return db
    .select({
      id: reviews.id,
      seriesId: reviews.seriesId,
      seriesTitle: reviewSeries.title,
      planId: reviews.planId,
      title: reviews.title,
      date: reviews.date,
      status: reviews.status,
      itemCount,
      decisionCount,
    })
    .from(reviews)
    .innerJoin(reviewSeries, eq(reviewSeries.id, reviews.seriesId))
    .where(and(eq(reviews.organizationId, organizationId), inArray(reviews.planId, planIds), seriesId ? eq(reviews.seriesId, seriesId) : undefined))
    .orderBy(desc(reviews.date), desc(reviews.createdAt));
}

// ---------- Attendees ----------

export async function listAttendees(db: DbOrTx, { organizationId, reviewId }: Scope & { reviewId: string }) {
  return db
    .select()
    .from(reviewAttendees)
    .where(and(eq(reviewAttendees.organizationId, organizationId), eq(reviewAttendees.reviewId, reviewId)))
    .orderBy(asc(reviewAttendees.position), asc(reviewAttendees.name));
}

/** The whole list, replaced (presences included). */
export async function replaceAttendees(db: DbOrTx, { organizationId, reviewId }: Scope & { reviewId: string }, rows: (typeof reviewAttendees.$inferInsert)[]) {
  await db.delete(reviewAttendees).where(and(eq(reviewAttendees.organizationId, organizationId), eq(reviewAttendees.reviewId, reviewId)));
  if (rows.length > 0) await db.insert(reviewAttendees).values(rows);
}

/** Members of the collectivité among `userIds`, with their name and address. */
export async function selectMembers(db: DbOrTx, { organizationId, userIds }: Scope & { userIds: string[] }) {
  if (userIds.length === 0) return [];
  return db
    .select({ id: users.id, name: users.name, email: users.email, active: memberships.active })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.organizationId, organizationId)))
    .where(inArray(users.id, userIds));
}
