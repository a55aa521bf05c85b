import type { ReviewActionSummary, ReviewIndicatorSummary, ReviewItemReason, ReviewProposedItem, Weather } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import { compareCodes } from '../actions/action-code.js';
import type { IndicatorReader } from '../indicators/indicator-list.repository.js';
import { latestPoints } from '../measures/measure-point.js';
import { selectLatestMeasures } from '../measures/measure-read.repository.js';
import { readLivePlanSnapshot } from '../review-snapshots/review-snapshot.service.js';
import { selectActionExtras, selectActionsChangedSince, selectIndicatorsByIds, selectReadableIndicatorIds } from './review-agenda.repository.js';

type PlanRef = { organizationId: string; planId: string };
type PlanAction = ReviewActionSummary & { weather: Weather | null; pilotId: string | null; open: boolean };

/**
 * The plan as a review shows it: every fiche summarised, every indicator linked to the plan with
 * its latest measure. Fiches the reader may not read (`unit` visibility) are left out, and listed
 * in `hidden` so that their agenda items can be masked; so are the indicators `indicatorReader`
 * may not read (their items are masked as they are missing from the summaries).
 */
export interface PlanView {
  actions: Map<string, PlanAction>;
  hidden: Set<string>;
  indicators: Map<string, ReviewIndicatorSummary>;
}

/** `reader`: the actor when they do not manage the plan (null: they read every fiche). */
export type FicheReader = { userId: string; unitIds: string[] } | null;

export async function readPlanView(db: DbOrTx, ctx: { clock: Clock }, ref: PlanRef, reader: FicheReader, indicatorReader: IndicatorReader): Promise<PlanView> {
  const snapshot = await readLivePlanSnapshot(db, ctx, ref);
  const extras = new Map((await selectActionExtras(db, { ...ref, reader })).map((row) => [row.id, row]));
  const actions = new Map<string, PlanAction>();
  const hidden = new Set<string>();
  for (const a of snapshot.actions) {
    const extra = extras.get(a.id);
    if (extra && !extra.readable) {
      hidden.add(a.id);
      continue;
    }
    actions.set(a.id, {
      id: a.id,
      code: a.code,
      title: a.title,
      statusLabel: a.statusLabel,
      statusCategory: a.statusCategory,
      progress: a.progress,
      endsOn: a.endsOn,
      pilotName: extra?.pilotName ?? null,
      version: extra?.version ?? 1,
      late: a.late,
      weather: extra?.weather ?? null,
      pilotId: a.pilotId,
      // Merged, done and stopped fiches are settled: nothing to discuss.
      open: a.mergedIntoId === null && a.statusCategory !== 'done' && a.statusCategory !== 'stopped',
    });
  }
  const readableIndicators = await selectReadableIndicatorIds(db, { organizationId: ref.organizationId, ids: snapshot.indicators.map((i) => i.id), reader: indicatorReader });
  const indicators = new Map(
    snapshot.indicators.filter((i) => readableIndicators.has(i.id)).map((i) => [i.id, { id: i.id, code: i.code, name: i.name, lastPeriod: i.last?.period ?? null, lastValue: i.last?.value ?? null, status: i.last?.status ?? null }]),
  );
  return { actions, hidden, indicators };
}

/** Summaries of indicators that are on an agenda without being linked to the plan (those the reader may read). */
export async function indicatorSummaries(db: DbOrTx, organizationId: string, ids: string[], view: PlanView, reader: IndicatorReader) {
  const summaries = new Map(view.indicators);
  const missing = [...new Set(ids)].filter((id) => !summaries.has(id));
  const readable = await selectReadableIndicatorIds(db, { organizationId, ids: missing, reader });
  const rows = await selectIndicatorsByIds(db, { organizationId, ids: missing.filter((id) => readable.has(id)) });
  const measures = await selectLatestMeasures(db, { organizationId, indicatorIds: rows.map((row) => row.id), draftIndicatorIds: [] });
  const points = latestPoints(measures, new Map(rows.map((row) => [row.id, row])));
  for (const row of rows) {
    const point = points.get(row.id);
    summaries.set(row.id, { id: row.id, code: row.code, name: row.name, lastPeriod: point?.period ?? null, lastValue: point?.value ?? null, status: point?.status ?? null });
  }
  return summaries;
}

export const presentActionSummary = ({ weather: _w, pilotId: _p, open: _o, ...summary }: PlanAction): ReviewActionSummary => summary;

const ACTION_REASONS: ReviewItemReason[] = ['late', 'stormy', 'blocked', 'no_pilot', 'changed'];

/**
 * The agenda a review starts with: open fiches that are late, stormy, without pilot, or whose
 * status or progress changed since `since` (the previous review), then the plan's indicators that
 * are off track. One item per fiche with all its reasons; fiches by their first reason (late →
 * stormy → no pilot → changed), then by code. `blocked` is never given: no status category says
 * so today. Fiches and indicators already on the agenda (`exclude`) are left out.
 */
export async function proposeAgenda(
  db: DbOrTx,
  view: PlanView,
  { organizationId, planId, since, exclude }: PlanRef & { since: Date | null; exclude: { actionIds: Set<string>; indicatorIds: Set<string> } },
): Promise<ReviewProposedItem[]> {
  const changed = since ? await selectActionsChangedSince(db, { organizationId, planId, since }) : new Set<string>();
  const proposed: { rank: number; code: string; item: ReviewProposedItem }[] = [];
  for (const action of view.actions.values()) {
    if (!action.open || exclude.actionIds.has(action.id)) continue;
    const reasons = ACTION_REASONS.filter((reason) => hasReason(action, reason, changed));
    if (reasons.length === 0) continue;
    const item: ReviewProposedItem = { kind: 'action', actionId: action.id, indicatorId: null, title: action.title, reasons, action: presentActionSummary(action), indicator: null };
    proposed.push({ rank: ACTION_REASONS.indexOf(reasons[0]!), code: action.code, item });
  }
  proposed.sort((a, b) => a.rank - b.rank || compareCodes(a.code, b.code));
  const offTrack = [...view.indicators.values()]
    .filter((indicator) => indicator.status === 'off_track' && !exclude.indicatorIds.has(indicator.id))
    .map((indicator): ReviewProposedItem => ({ kind: 'indicator', actionId: null, indicatorId: indicator.id, title: indicator.name, reasons: ['indicator_off_track'], action: null, indicator }));
  return [...proposed.map((entry) => entry.item), ...offTrack];
}

function hasReason(action: PlanAction, reason: ReviewItemReason, changed: Set<string>) {
  switch (reason) {
    case 'late':
      return action.late;
    case 'stormy':
      return action.weather === 'stormy';
    case 'no_pilot':
      return action.pilotId === null;
    case 'changed':
      return changed.has(action.id);
    default:
      return false;
  }
}
