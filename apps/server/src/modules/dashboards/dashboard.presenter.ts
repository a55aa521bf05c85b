import type { ActionRef, DashboardRollup, IndicatorTile, MilestoneRef, NodeBreakdown, PlanDashboard, StatusCategory, Weather } from '@pilotis/shared';
import { latestPoints } from '../measures/measure-point.js';
import { actionCode } from '../actions/action-code.js';
import type { PlanRow } from '../plans/plan.table.js';
import type { LatestMeasureRow } from '../measures/measure-read.repository.js';
import type { TileIndicatorRow } from './dashboard-indicators.repository.js';
import type { ActionRefRow } from './dashboard-scope.repository.js';
import type { MilestoneRefRow, RollupRow } from './dashboard.repository.js';

export const emptyRollup = (): DashboardRollup => ({
  progress: null,
  actionCount: 0,
  lateCount: 0,
  byCategory: { not_started: 0, in_progress: 0, done: 0, stopped: 0 },
  budget: { plannedCents: 0, committedCents: 0, spentCents: 0 },
  byWeather: { sunny: 0, cloudy: 0, stormy: 0, none: 0 },
  flagshipCount: 0,
});

/** Sums → roll-up; progress rounded to a tenth as rollupTree rounds it. */
export function presentRollup(row: RollupRow | undefined): DashboardRollup {
  if (!row || row.action_count === 0) return emptyRollup();
  const weights = Number(row.weights ?? 0);
  return {
    progress: weights > 0 ? Math.round((Number(row.weighted) / weights) * 10) / 10 : null,
    actionCount: row.action_count,
    lateCount: row.late_count,
    byCategory: { not_started: row.not_started, in_progress: row.in_progress, done: row.done, stopped: row.stopped },
    budget: { plannedCents: Math.round(Number(row.planned)), committedCents: Math.round(Number(row.committed)), spentCents: Math.round(Number(row.spent)) },
    byWeather: { sunny: row.sunny, cloudy: row.cloudy, stormy: row.stormy, none: row.no_weather },
    flagshipCount: row.flagship_count,
  };
}

/** Node id → code: codes of the fiches are their node's code and their rank. */
export type NodeCodes = Map<string, string>;

export function presentActionRef(row: ActionRefRow, codes: NodeCodes): ActionRef {
  return {
    id: row.id,
    planId: row.plan_id,
    nodeId: row.node_id,
    code: actionCode(codes.get(row.node_id), row.rank, row.parent_rank),
    title: row.title,
    pilot: row.pilot_id ? { id: row.pilot_id, name: row.pilot_name ?? '' } : null,
    status: { id: row.status_id, label: row.status_label, category: row.category as StatusCategory },
    weather: row.weather as Weather | null,
    progress: row.progress,
    endsOn: row.ends_on,
    late: row.late,
    flagship: row.flagship,
  };
}

export function presentMilestone(row: MilestoneRefRow, codes: NodeCodes): MilestoneRef {
  return {
    id: row.id,
    title: row.title,
    dueOn: row.due_on,
    action: { id: row.action_id, code: actionCode(codes.get(row.node_id), row.rank, row.parent_rank), title: row.action_title },
  };
}

/** A capped list: its items and how many there are in all (the count comes with every row). */
export const capped = <R extends { total: number }, T>(rows: R[], present: (row: R) => T) => ({ total: rows[0]?.total ?? 0, items: rows.map(present) });

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

export function addDays(date: string, days: number) {
  return new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** Share of the plan's period elapsed today, 0–100 to a tenth; null without both dates. */
export function elapsedPercent(plan: Pick<PlanRow, 'startsOn' | 'endsOn'>, today: string): number | null {
  if (!plan.startsOn || !plan.endsOn) return null;
  const span = dayNumber(plan.endsOn) - dayNumber(plan.startsOn);
  if (span <= 0) return today >= plan.endsOn ? 100 : 0;
  const share = ((dayNumber(today) - dayNumber(plan.startsOn)) / span) * 100;
  return Math.round(Math.min(100, Math.max(0, share)) * 10) / 10;
}

export function presentPlanHeader(plan: PlanRow, today: string): PlanDashboard['plan'] {
  return {
    id: plan.id,
    name: plan.name,
    kind: plan.kind,
    state: plan.state,
    startsOn: plan.startsOn,
    endsOn: plan.endsOn,
    levelNames: plan.levelNames,
    elapsedPercent: elapsedPercent(plan, today),
  };
}

/** Tiles: latest visible point (status against its target, trend) and the recent values, oldest first. */
export function presentTiles(indicators: TileIndicatorRow[], measures: LatestMeasureRow[]): IndicatorTile[] {
  const points = latestPoints(
    measures.filter((m) => m.rank <= 2),
    new Map(indicators.map((i) => [i.id, i])),
  );
  const recent = new Map<string, LatestMeasureRow[]>();
  for (const m of measures) recent.set(m.indicator_id, [...(recent.get(m.indicator_id) ?? []), m]);
  return indicators.map((i) => ({
    id: i.id,
    code: i.code,
    name: i.name,
    unit: i.unit,
    decimals: i.decimals,
    direction: i.direction,
    latest: points.get(i.id) ?? null,
    sparkline: (recent.get(i.id) ?? []).sort((a, b) => b.rank - a.rank).map((m) => ({ period: m.period, value: m.value })),
  }));
}

