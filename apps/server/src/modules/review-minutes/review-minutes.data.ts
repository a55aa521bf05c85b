import { proposeNextReviewDate, type ReviewDecisionEffect } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { loadOrganizationHeader } from '../reports/report-data.js';
import { frDate, frDay, frPercent } from '../reports/report-format.js';
import { diffSections, effectInWords, presenceLabels, reasonLabels, reviewKindLabels, type EffectNames } from './minutes-text.js';
import type { MinutesData, MinutesItem } from './minutes.types.js';
import { readerOf } from '../indicators/indicator-list.service.js';
import { userNames } from '../actions/action.repository.js';
import { selectIndicatorsByIds, selectReadableIndicatorIds } from '../reviews/review-agenda.repository.js';
import { HIDDEN_FICHE_TITLE, HIDDEN_INDICATOR_TITLE } from '../reviews/review.presenter.js';
import { computeReviewDiff } from './review-diff.service.js';
import { listDecisions, listItems } from '../reviews/review-items.repository.js';
import { listAttendees, seriesStats } from '../reviews/review.repository.js';
import { selectStatusLabels, type MinutesReviewRow } from './review-minutes.repository.js';
import { todayOf } from '../../lib/clock.js';

export const MINUTES_KIND_LABEL = 'Relevé de conclusions';
const PRESENCE_ORDER = ['present', 'excused', 'absent', 'invited'] as const;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n > 1 ? many : one}`;
const ITEM_KIND_LABELS = { action: 'Fiche action', indicator: 'Indicateur', free: 'Sujet libre' } as const;

const effectIds = (effects: ReviewDecisionEffect[]) => ({
  statusIds: effects.flatMap((e) => (e.type === 'status' ? [e.statusId] : [])),
  personIds: effects.flatMap((e) => (e.type === 'pilot' ? [e.pilotId] : [])),
});

/**
 * Everything the minutes show, read as `actor` (the diff holds only the fiches they may read;
 * `actor` null: the plan's manager view, for the minutes sent to every attendee by a manager).
 */
export async function gatherMinutes(ctx: AppContext, row: MinutesReviewRow, generatedBy: MemberActor, reader: MemberActor | null): Promise<MinutesData> {
  const { review, series } = row;
  const scope = { organizationId: review.organizationId, reviewId: review.id };
  // Indicators by their own rule, as whoever generates the minutes reads them (the sender for those sent).
  const indicatorReader = await readerOf(ctx.db, generatedBy);
  const [org, attendees, items, decisionRows, { diff, current, readable }, { lastReviewDate: lastDate }] = await Promise.all([
    loadOrganizationHeader(ctx, review.organizationId),
    listAttendees(ctx.db, scope),
    listItems(ctx.db, scope),
    listDecisions(ctx.db, scope),
    computeReviewDiff(ctx.db, ctx, row, reader, indicatorReader),
    seriesStats(ctx.db, { organizationId: review.organizationId, seriesId: series.id }),
  ]);
  const decisions = decisionRows.map((d) => d.decision);
  const effects = decisions.flatMap((d) => (d.effect ? [d.effect] : []));
  const { statusIds, personIds } = effectIds(effects);
  const itemIndicatorIds = items.flatMap((i) => (i.indicatorId ? [i.indicatorId] : []));
  const [statusLabels, people, itemIndicators, readableIndicators] = await Promise.all([
    selectStatusLabels(ctx.db, { organizationId: review.organizationId, ids: statusIds }),
    userNames(ctx.db, personIds),
    selectIndicatorsByIds(ctx.db, { organizationId: review.organizationId, ids: itemIndicatorIds }),
    selectReadableIndicatorIds(ctx.db, { organizationId: review.organizationId, ids: itemIndicatorIds, reader: indicatorReader }),
  ]);
  const indicatorLabels = new Map(itemIndicators.map((i) => [i.id, `${i.code} ${i.name}`]));
  // A fiche the reader may not read is not named to them, as on the review's page (its item masked).
  const masked = (actionId: string | null) => actionId !== null && readable !== null && !readable.has(actionId);
  const readableActions = current.actions.filter((a) => !masked(a.id));
  const fiches = new Map(readableActions.map((a) => [a.id, `${a.code} ${a.title}`]));
  const ficheState = new Map(readableActions.map((a) => [a.id, [a.statusLabel, frPercent(a.progress), ...(a.endsOn ? [`échéance ${frDate(a.endsOn)}`] : [])].join(', ')]));
  const names: EffectNames = { statusLabel: (id) => statusLabels.get(id), personName: (id) => people.get(id), actionLabel: (id) => fiches.get(id) };

  const minutesItems: MinutesItem[] = items.map((item) => {
    if (masked(item.actionId)) return { heading: HIDDEN_FICHE_TITLE, context: ITEM_KIND_LABELS.action, notes: '', decisions: [] };
    if (item.indicatorId && !readableIndicators.has(item.indicatorId)) return { heading: HIDDEN_INDICATOR_TITLE, context: ITEM_KIND_LABELS.indicator, notes: '', decisions: [] };
    const heading = (item.actionId && fiches.get(item.actionId)) || (item.indicatorId && indicatorLabels.get(item.indicatorId)) || item.title;
    const reasons = item.reasons.map((reason) => reasonLabels[reason]).join(', ');
    const state = item.actionId ? ficheState.get(item.actionId) : undefined;
    return {
      heading,
      context: [ITEM_KIND_LABELS[item.kind], state, reasons].filter(Boolean).join(' — '),
      notes: item.notes,
      decisions: decisions
        .filter((d) => d.itemId === item.id)
        .map((d) => ({
          text: d.text,
          effect: d.effect ? effectInWords(d.effect, names) : null,
          applied: d.effect ? (d.appliedAt ? `appliquée le ${frDay(d.appliedAt)}` : 'non appliquée') : null,
        })),
    };
  });

  const meeting: [string, string][] = [
    ['Instance', `${reviewKindLabels[series.kind]} — ${series.title}`],
    ['Date', frDate(review.date)],
  ];
  if (review.startTime) meeting.push(['Heure', review.startTime.replace(':', ' h ')]);
  if (review.location) meeting.push(['Lieu', review.location]);
  meeting.push(['État', review.status === 'held' ? 'Tenue' : 'Prévue (relevé provisoire)']);

  const nextDate = proposeNextReviewDate(series.cadence, series.everyWeeks, lastDate, todayOf(ctx.clock));
  return {
    header: {
      ...org,
      kindLabel: MINUTES_KIND_LABEL,
      title: review.title,
      details: [`${reviewKindLabels[series.kind]} du ${frDate(review.date)}`],
      generatedAt: ctx.clock.now(),
      generatedBy: generatedBy.name,
    },
    meeting,
    attendees: PRESENCE_ORDER.map((presence) => ({ label: presenceLabels[presence], names: attendees.filter((a) => a.presence === presence).map((a) => a.name) })).filter(
      (group) => group.names.length > 0,
    ),
    items: minutesItems,
    changes: {
      intro: diff.from
        ? `Depuis la revue du ${frDate(diff.from.date)}${diff.to.live ? ', au vu du plan à ce jour' : ''}.`
        : `Première revue de la série : le plan compte ${plural(current.actions.length, 'fiche')} et ${plural(current.indicators.length, 'indicateur suivi', 'indicateurs suivis')}. Les prochains relevés diront ce qui a changé depuis.`,
      // Listing every fiche of the plan as « new » would fill pages: the first review gives counts.
      sections: diff.from ? diffSections(diff) : [],
    },
    nextDate: frDate(nextDate),
  };
}
