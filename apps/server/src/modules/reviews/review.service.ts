import { proposeNextReviewDate, type reviewAttendeeInputSchema, type reviewCreateSchema, type reviewUpdateSchema } from '@pilotis/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { conflict } from '../../http/errors.js';
import { newId } from '../../lib/tokens.js';
import { auditContextOf, recordChange } from '../audit/audit.service.js';
import { readerOf } from '../indicators/indicator-list.service.js';
import { loadPlanForActor } from '../plans/plan.access.js';
import { queueSubscriptionsBeforeReview } from '../report-subscriptions/report-subscription-jobs.js';
import { takeReviewSnapshot } from '../review-snapshots/review-snapshot.service.js';
import { proposeAgenda, readPlanView } from './review-agenda.service.js';
import { insertItems, listItems } from './review-items.repository.js';
import { changesSince, ficheReaderOf, readFullReview } from './review-read.js';
import { checkMemberAttendees } from './review-series.service.js';
import { loadReviewForActor, loadSeriesForActor } from './review.access.js';
import { auditedReview } from './review.presenter.js';
import { findReview, findReviewBefore, insertReview, listReviews as selectReviews, replaceAttendees, selectMembers, seriesStats, updateReview } from './review.repository.js';
import type { ReviewSeriesRow } from './review.table.js';
import { todayOf } from '../../lib/clock.js';

type CreateInput = z.output<typeof reviewCreateSchema>;
type UpdateInput = z.output<typeof reviewUpdateSchema>;
type AttendeeInput = z.output<typeof reviewAttendeeInputSchema>;
const ENTITY = 'review';

/** Reviews of a plan, or of one series (its plan is then the one checked). */
export async function listReviews(ctx: AppContext, actor: MemberActor, query: { planId?: string; seriesId?: string }) {
  let planId = query.planId;
  if (query.seriesId) {
    const { series } = await loadSeriesForActor(ctx.db, actor, query.seriesId, { manage: false });
    if (planId && planId !== series.planId) return [];
    planId = series.planId;
  }
  if (!planId) return [];
  await loadPlanForActor(ctx.db, actor, planId);
  return selectReviews(ctx.db, { ...scopeOf(actor), planIds: [planId], seriesId: query.seriesId });
}

export async function getReview(ctx: AppContext, actor: MemberActor, id: string) {
  const { resource } = await loadReviewForActor(ctx.db, actor, id, { manage: false });
  return readFullReview(ctx.db, ctx, actor, id, resource);
}

/** What the agenda could still take: the proposal of the review's plan, without what is on it already. */
export async function agendaProposal(ctx: AppContext, actor: MemberActor, id: string) {
  const { review, resource } = await loadReviewForActor(ctx.db, actor, id, { manage: false });
  const scope = { ...scopeOf(actor), planId: review.planId };
  const items = await listItems(ctx.db, { ...scopeOf(actor), reviewId: id });
  const previous = review.previousReviewId ? await findReview(ctx.db, { ...scopeOf(actor), id: review.previousReviewId }) : null;
  const exclude = {
    actionIds: new Set(items.flatMap((item) => (item.actionId ? [item.actionId] : []))),
    indicatorIds: new Set(items.flatMap((item) => (item.indicatorId ? [item.indicatorId] : []))),
  };
  const view = await readPlanView(ctx.db, ctx, scope, ficheReaderOf(actor, resource), await readerOf(ctx.db, actor));
  return proposeAgenda(ctx.db, view, { ...scope, since: changesSince(previous), exclude });
}

/**
 * Plans a review: on the date the series' cadence proposes unless given, with the series' default
 * attendees unless given, and the proposed agenda already filled in. The plan's « before each
 * review » report subscriptions get their sending queued.
 */
export async function createReview(ctx: AppContext, actor: MemberActor, input: CreateInput) {
  const { series, resource } = await loadSeriesForActor(ctx.db, actor, input.seriesId, { manage: true });
  const scope = scopeOf(actor);
  const { lastReviewDate } = await seriesStats(ctx.db, { ...scope, seriesId: series.id });
  const date = input.date ?? proposeNextReviewDate(series.cadence, series.everyWeeks, lastReviewDate, todayOf(ctx.clock));
  const attendees = input.attendees ? await attendeeRows(ctx.db, actor, input.attendees, 'attendees') : await defaultAttendeeRows(ctx.db, actor, series);
  const indicatorReader = await readerOf(ctx.db, actor);
  const now = ctx.clock.now();
  const created = await ctx.db.transaction(async (tx) => {
    const previous = await findReviewBefore(tx, { ...scope, seriesId: series.id, date });
    const row = await insertReview(tx, {
      id: newId(),
      ...scope,
      seriesId: series.id,
      planId: series.planId,
      title: input.title ?? series.title,
      date,
      startTime: input.startTime ?? null,
      location: input.location ?? null,
      previousReviewId: previous?.id ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await replaceAttendees(tx, { ...scope, reviewId: row.id }, attendees.map((a, position) => ({ ...a, id: newId(), ...scope, reviewId: row.id, position })));
    const view = await readPlanView(tx, ctx, { ...scope, planId: row.planId }, null, indicatorReader);
    const proposal = await proposeAgenda(tx, view, { ...scope, planId: row.planId, since: changesSince(previous), exclude: { actionIds: new Set(), indicatorIds: new Set() } });
    await insertItems(
      tx,
      proposal.map((item, position) => ({ id: newId(), ...scope, reviewId: row.id, position, kind: item.kind, actionId: item.actionId, indicatorId: item.indicatorId, title: item.title, reasons: item.reasons, createdAt: now, updatedAt: now })),
    );
    await queueSubscriptionsBeforeReview(tx, ctx, { ...scope, planId: row.planId, reviewDate: date });
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: ENTITY, entityId: row.id, action: 'create', before: null, after: auditedReview(row) });
    return readFullReview(tx, ctx, actor, row.id, resource);
  });
  ctx.wakeJobs?.();
  return created;
}

/**
 * Changes a review (attendees: the whole list). A new date queues the « before each review »
 * sendings for it; marking it held freezes the plan's snapshot in the same transaction.
 */
export async function changeReview(ctx: AppContext, actor: MemberActor, id: string, input: UpdateInput) {
  const { review: current, resource } = await loadReviewForActor(ctx.db, actor, id, { manage: true });
  const { version, attendees, status, ...fields } = input;
  if (current.version !== version) throw conflict();
  const rows = attendees ? await attendeeRows(ctx.db, actor, attendees, 'attendees') : null;
  const scope = scopeOf(actor);
  const becomesHeld = status === 'held' && current.status !== 'held';
  const now = ctx.clock.now();
  const changed = await ctx.db.transaction(async (tx) => {
    const updated = await updateReview(tx, { ...scope, id, version }, { ...fields, ...(becomesHeld ? { status: 'held', heldAt: now } : {}), updatedAt: now });
    if (!updated) throw conflict();
    if (rows) await replaceAttendees(tx, { ...scope, reviewId: id }, rows.map((a, position) => ({ ...a, id: newId(), ...scope, reviewId: id, position })));
    if (fields.date !== undefined && fields.date !== current.date) await queueSubscriptionsBeforeReview(tx, ctx, { ...scope, planId: current.planId, reviewDate: fields.date });
    if (becomesHeld) await takeReviewSnapshot(tx, ctx, { ...scope, reviewId: id, planId: current.planId });
    await recordChange(tx, auditContextOf(ctx, actor), { entityType: ENTITY, entityId: id, action: 'update', before: auditedReview(current), after: auditedReview(updated) });
    return readFullReview(tx, ctx, actor, id, resource);
  });
  ctx.wakeJobs?.();
  return changed;
}

/** Members carry their current name and address; others what was typed. */
async function attendeeRows(db: DbOrTx, actor: MemberActor, inputs: AttendeeInput[], field: string) {
  const members = await checkMemberAttendees(db, actor, inputs, field);
  return inputs.map((a) => {
    const member = a.userId ? members.get(a.userId) : undefined;
    return member
      ? { userId: member.id, name: member.name, email: member.email, presence: a.presence }
      : { userId: null, name: a.name ?? '', email: a.email ?? null, presence: a.presence };
  });
}

/** The series' default attendees; a member who left the collectivité since is skipped. */
async function defaultAttendeeRows(db: DbOrTx, actor: MemberActor, series: ReviewSeriesRow) {
  const memberIds = series.defaultAttendees.flatMap((a) => ('userId' in a ? [a.userId] : []));
  const active = new Set((await selectMembers(db, { ...scopeOf(actor), userIds: memberIds })).filter((m) => m.active).map((m) => m.id));
  const inputs: AttendeeInput[] = series.defaultAttendees
    .filter((a) => !('userId' in a) || active.has(a.userId))
    .map((a) => ('userId' in a ? { userId: a.userId, presence: 'invited' } : { name: a.name, email: a.email, presence: 'invited' }));
  return attendeeRows(db, actor, inputs, 'defaultAttendees');
}
