import { proposeNextReviewDate, type Review, type ReviewDecision, type ReviewIndicatorSummary, type ReviewItem, type ReviewSeries } from '@pilotis/shared';
import type { MemberActor } from '../../http/actor.js';
import { can } from '../../policies/index.js';
import type { PlanResource } from '../../policies/plan.policy.js';
import { presentActionSummary, type PlanView } from './review-agenda.service.js';
import type { ReviewAttendeeRow, ReviewDecisionRow, ReviewItemRow, ReviewRow, ReviewSeriesRow } from './review.table.js';

type Member = { id: string; name: string; email: string };
export const HIDDEN_FICHE_TITLE = 'Fiche action non consultable';
export const HIDDEN_INDICATOR_TITLE = 'Indicateur non consultable';

export function presentSeries(
  row: ReviewSeriesRow,
  { lastReviewDate, reviewCount, today, members, canManage }: { lastReviewDate: string | null; reviewCount: number; today: string; members: Map<string, Member>; canManage: boolean },
): ReviewSeries {
  return {
    id: row.id,
    planId: row.planId,
    title: row.title,
    kind: row.kind,
    cadence: row.cadence,
    everyWeeks: row.everyWeeks,
    defaultAttendees: row.defaultAttendees.map((attendee) => {
      if ('userId' in attendee) {
        const member = members.get(attendee.userId);
        return { userId: attendee.userId, name: member?.name ?? '', email: member?.email ?? null };
      }
      return { userId: null, name: attendee.name, email: attendee.email };
    }),
    nextDate: proposeNextReviewDate(row.cadence, row.everyWeeks, lastReviewDate, today),
    lastReviewDate,
    reviewCount,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    can: { update: canManage, createReview: canManage },
  };
}

export const auditedSeries = (row: ReviewSeriesRow) => ({
  title: row.title,
  kind: row.kind,
  cadence: row.cadence,
  everyWeeks: row.everyWeeks,
  defaultAttendees: row.defaultAttendees,
});

export const auditedReview = (row: ReviewRow) => ({
  title: row.title,
  date: row.date,
  startTime: row.startTime,
  location: row.location,
  status: row.status,
});

export function presentDecision(row: ReviewDecisionRow, appliedByName: string | null, currentActionVersion: number | null): ReviewDecision {
  return {
    id: row.id,
    itemId: row.itemId,
    text: row.text,
    effect: row.effect,
    actionId: row.actionId,
    actionVersion: row.actionVersion,
    stale: row.appliedAt === null && row.effect !== null && currentActionVersion !== null && currentActionVersion !== row.actionVersion,
    appliedAt: row.appliedAt?.toISOString() ?? null,
    appliedBy: row.appliedById ? { id: row.appliedById, name: appliedByName ?? '' } : null,
    version: row.version,
  };
}

export interface ReviewParts {
  series: ReviewSeriesRow;
  attendees: ReviewAttendeeRow[];
  items: ReviewItemRow[];
  decisions: { decision: ReviewDecisionRow; appliedByName: string | null }[];
  view: PlanView;
  indicators: Map<string, ReviewIndicatorSummary>;
}

export function presentReview(row: ReviewRow, parts: ReviewParts): Review {
  const versionOf = (actionId: string | null) => (actionId ? (parts.view.actions.get(actionId)?.version ?? null) : null);
  const items: ReviewItem[] = parts.items.map((item) => {
    const action = item.actionId ? parts.view.actions.get(item.actionId) : undefined;
    // A fiche the reader may not read is not named to them (its id only, like a deleted one).
    const masked = item.actionId !== null && parts.view.hidden.has(item.actionId);
    // Likewise an indicator they may not read: the summaries hold only the readable ones.
    const maskedIndicator = item.indicatorId !== null && !parts.indicators.has(item.indicatorId);
    return {
      id: item.id,
      position: item.position,
      kind: item.kind,
      actionId: item.actionId,
      indicatorId: item.indicatorId,
      title: masked ? HIDDEN_FICHE_TITLE : maskedIndicator ? HIDDEN_INDICATOR_TITLE : item.title,
      reasons: item.reasons,
      notes: masked || maskedIndicator ? '' : item.notes,
      action: action ? presentActionSummary(action) : null,
      indicator: item.indicatorId ? (parts.indicators.get(item.indicatorId) ?? null) : null,
      decisions: parts.decisions
        .filter(({ decision }) => decision.itemId === item.id)
        .map(({ decision, appliedByName }) => presentDecision(decision, appliedByName, versionOf(decision.actionId))),
      version: item.version,
    };
  });
  return {
    id: row.id,
    seriesId: row.seriesId,
    series: { id: parts.series.id, title: parts.series.title, kind: parts.series.kind },
    planId: row.planId,
    title: row.title,
    date: row.date,
    startTime: row.startTime,
    location: row.location,
    status: row.status,
    heldAt: row.heldAt?.toISOString() ?? null,
    previousReviewId: row.previousReviewId,
    invitationsSentAt: row.invitationsSentAt?.toISOString() ?? null,
    minutesSentAt: row.minutesSentAt?.toISOString() ?? null,
    attendees: parts.attendees.map((a) => ({ id: a.id, userId: a.userId, name: a.name, email: a.email, presence: a.presence })),
    items,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function reviewAbilities(actor: MemberActor, plan: PlanResource) {
  const manage = can(actor, 'review.manage', plan);
  return { update: manage, apply: manage, sendMinutes: manage };
}
