import type { DbOrTx } from '../../db/client.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import type { Clock } from '../../lib/clock.js';
import { can } from '../../policies/index.js';
import type { PlanResource } from '../../policies/plan.policy.js';
import { readerOf } from '../indicators/indicator-list.service.js';
import { parisTime } from '../report-subscriptions/report-subscription-schedule.js';
import { indicatorSummaries, readPlanView } from './review-agenda.service.js';
import { listDecisions, listItems } from './review-items.repository.js';
import { presentReview, reviewAbilities } from './review.presenter.js';
import { findReview, findSeries, listAttendees } from './review.repository.js';
import type { ReviewRow } from './review.table.js';

/** The whole review as `GET /api/reviews/:id` answers it: fields, series, attendees, items with their fiche or indicator, decisions. */
export async function readFullReview(db: DbOrTx, ctx: { clock: Clock }, actor: MemberActor, reviewId: string, plan: PlanResource) {
  const scope = { ...scopeOf(actor), reviewId };
  const review = (await findReview(db, { ...scopeOf(actor), id: reviewId }))!;
  const series = (await findSeries(db, { ...scopeOf(actor), id: review.seriesId }))!;
  const attendees = await listAttendees(db, scope);
  const items = await listItems(db, scope);
  const decisions = await listDecisions(db, scope);
  const indicatorReader = await readerOf(db, actor);
  const view = await readPlanView(db, ctx, { organizationId: actor.organizationId, planId: review.planId }, ficheReaderOf(actor, plan), indicatorReader);
  const indicatorIds = items.flatMap((item) => (item.indicatorId ? [item.indicatorId] : []));
  const indicators = await indicatorSummaries(db, actor.organizationId, indicatorIds, view, indicatorReader);
  return { data: presentReview(review, { series, attendees, items, decisions, view, indicators }), can: reviewAbilities(actor, plan) };
}

/** Who reads the fiches: null for those who manage the plan (they read them all), else the actor. */
export const ficheReaderOf = (actor: MemberActor, plan: PlanResource) => (can(actor, 'review.manage', plan) ? null : actor);

/**
 * From when « changed since the last review » counts: the moment the previous review was marked
 * held, or the start of its day in Paris if it never was. None without a previous review.
 */
export function changesSince(previous: Pick<ReviewRow, 'date' | 'heldAt'> | undefined | null): Date | null {
  if (!previous) return null;
  if (previous.heldAt) return previous.heldAt;
  const [year, month, day] = previous.date.split('-').map(Number) as [number, number, number];
  return parisTime(year, month, day, 0);
}
