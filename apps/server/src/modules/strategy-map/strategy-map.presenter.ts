import type { DashboardRollup, StrategyMap } from '@pilotis/shared';
import type { PlanRow } from '../plans/plan.table.js';
import type { MapActionRow, MapNodeRow } from './strategy-map.repository.js';

const DAY = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;

/** Share of the plan period elapsed on `today`, 0–100 with one decimal; null without both dates. */
export function elapsedPercent(startsOn: string | null, endsOn: string | null, today: string): number | null {
  if (!startsOn || !endsOn) return null;
  const length = dayOf(endsOn) - dayOf(startsOn);
  if (length <= 0) return today >= endsOn ? 100 : 0;
  const share = ((dayOf(today) - dayOf(startsOn)) / length) * 100;
  return Math.round(Math.min(100, Math.max(0, share)) * 10) / 10;
}

export function presentPlanHeader(plan: PlanRow, today: string): StrategyMap['plan'] {
  return {
    id: plan.id,
    name: plan.name,
    kind: plan.kind,
    state: plan.state,
    startsOn: plan.startsOn,
    endsOn: plan.endsOn,
    levelNames: plan.levelNames,
    elapsedPercent: elapsedPercent(plan.startsOn, plan.endsOn, today),
  };
}

/** A node's sums as the shared roll-up: progress rounded as `rollupTree` rounds it. */
export function presentRollup(row: MapNodeRow): DashboardRollup {
  const weights = Number(row.weights ?? 0);
  return {
    progress: weights > 0 ? Math.round((Number(row.weighted) / weights) * 10) / 10 : null,
    actionCount: Number(row.actionCount),
    lateCount: Number(row.lateCount),
    byCategory: { not_started: Number(row.notStarted), in_progress: Number(row.inProgress), done: Number(row.done), stopped: Number(row.stopped) },
    budget: { plannedCents: Number(row.plannedCents), committedCents: Number(row.committedCents), spentCents: Number(row.spentCents) },
    byWeather: { sunny: Number(row.sunny), cloudy: Number(row.cloudy), stormy: Number(row.stormy), none: Number(row.noWeather) },
    flagshipCount: Number(row.flagshipCount),
  };
}

export function presentMapAction(row: MapActionRow, code: string): StrategyMap['actions'][number] {
  return {
    id: row.id,
    nodeId: row.nodeId,
    code,
    title: row.title,
    status: { id: row.statusId, label: row.statusLabel, category: row.category },
    weather: row.weather,
    progress: Number(row.progress),
    late: Boolean(row.late),
    flagship: Boolean(row.flagship),
  };
}
