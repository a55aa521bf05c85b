import { and, eq } from 'drizzle-orm';
import type { AttendeePresence, ReviewDecisionEffect, ReviewItemReason } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import { newId } from '../../lib/tokens.js';
import { takeReviewSnapshot } from '../review-snapshots/review-snapshot.service.js';
import { reviewAttendees, reviewDecisions, reviewItems, reviews, reviewSeries } from '../reviews/review.table.js';

/**
 * Review rows written straight to the database for the minutes tests, so that they depend only on
 * the reviews tables, not on the reviews API (another module's behaviour, tested there).
 */
type Ctx = Pick<AppContext, 'db' | 'clock'>;

export async function insertSeries(ctx: Ctx, input: { organizationId: string; planId: string; title?: string }) {
  const id = newId();
  await ctx.db.insert(reviewSeries).values({
    id,
    organizationId: input.organizationId,
    planId: input.planId,
    title: input.title ?? 'Revue de projet PCAET',
    kind: 'project_review',
    cadence: 'weeks',
    everyWeeks: 8,
  });
  return id;
}

export async function insertReview(
  ctx: Ctx,
  input: { organizationId: string; planId: string; seriesId: string; date: string; title?: string; startTime?: string; location?: string },
) {
  const id = newId();
  await ctx.db.insert(reviews).values({
    id,
    organizationId: input.organizationId,
    planId: input.planId,
    seriesId: input.seriesId,
    title: input.title ?? 'Revue de projet',
    date: input.date,
    startTime: input.startTime ?? null,
    location: input.location ?? null,
  });
  return id;
}

/** What marking a review held does (reviews module): status, heldAt and the frozen snapshot, in one transaction. */
export async function holdReview(ctx: Ctx, input: { organizationId: string; planId: string; reviewId: string }) {
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(reviews)
      .set({ status: 'held', heldAt: ctx.clock.now() })
      .where(and(eq(reviews.organizationId, input.organizationId), eq(reviews.id, input.reviewId)));
    await takeReviewSnapshot(tx, ctx, input);
  });
}

export async function insertAttendees(
  ctx: Ctx,
  input: { organizationId: string; reviewId: string; attendees: { name: string; email: string | null; userId?: string; presence: AttendeePresence }[] },
) {
  await ctx.db.insert(reviewAttendees).values(
    input.attendees.map((a, position) => ({ id: newId(), organizationId: input.organizationId, reviewId: input.reviewId, userId: a.userId ?? null, name: a.name, email: a.email, presence: a.presence, position })),
  );
}

export async function insertItem(
  ctx: Ctx,
  input: { organizationId: string; reviewId: string; position: number; title: string; actionId?: string; reasons?: ReviewItemReason[]; notes?: string },
) {
  const id = newId();
  await ctx.db.insert(reviewItems).values({
    id,
    organizationId: input.organizationId,
    reviewId: input.reviewId,
    position: input.position,
    kind: input.actionId ? 'action' : 'free',
    actionId: input.actionId ?? null,
    title: input.title,
    reasons: input.reasons ?? [],
    notes: input.notes ?? '',
  });
  return id;
}

export async function insertDecision(
  ctx: Ctx,
  input: { organizationId: string; reviewId: string; itemId: string; text: string; effect?: ReviewDecisionEffect; actionId?: string; appliedAt?: Date },
) {
  await ctx.db.insert(reviewDecisions).values({
    id: newId(),
    organizationId: input.organizationId,
    reviewId: input.reviewId,
    itemId: input.itemId,
    text: input.text,
    effect: input.effect ?? null,
    actionId: input.actionId ?? null,
    actionVersion: input.actionId ? 1 : null,
    appliedAt: input.appliedAt ?? null,
  });
}
