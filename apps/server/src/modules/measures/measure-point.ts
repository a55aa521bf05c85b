import { measureStatus, measureTrend, previousPeriod, type IndicatorDirection, type MeasurePoint, type Periodicity, type Thresholds } from '@pilotis/shared';
import type { LatestMeasureRow } from './measure-read.repository.js';

/** What status and trend need to know of an indicator. */
export interface Judged {
  direction: IndicatorDirection;
  periodicity: Periodicity;
  thresholds: Thresholds;
}

const targetOf = (target: number | null, targetMax: number | null) => (target === null ? null : { value: target, valueMax: targetMax });

/** Status against the period's target, and trend against the period just before (if measured). */
export function judge(indicator: Judged, value: number | null, target: { value: number; valueMax: number | null } | null, previous: { period: string; value: number } | null, period: string) {
  const isPrevious = previous !== null && previous.period === previousPeriod(period, indicator.periodicity);
  return {
    status: measureStatus(value, target, indicator.direction, indicator.thresholds),
    trend: isPrevious ? measureTrend(value, previous.value, indicator.direction, target) : null,
  };
}

/** The latest point of each indicator from selectLatestMeasures' rows (rank 1 and 2). */
export function latestPoints(rows: LatestMeasureRow[], indicators: Map<string, Judged>): Map<string, MeasurePoint> {
  const byIndicator = new Map<string, { latest?: LatestMeasureRow; previous?: LatestMeasureRow }>();
  for (const row of rows) {
    const entry = byIndicator.get(row.indicator_id) ?? {};
    if (row.rank === 1) entry.latest = row;
    else entry.previous = row;
    byIndicator.set(row.indicator_id, entry);
  }
  const points = new Map<string, MeasurePoint>();
  for (const [id, { latest, previous }] of byIndicator) {
    const indicator = indicators.get(id);
    if (!latest || !indicator) continue;
    const target = targetOf(latest.target === null ? null : Number(latest.target), latest.target_max === null ? null : Number(latest.target_max));
    points.set(id, {
      period: latest.period,
      value: latest.value,
      state: latest.state,
      target: target?.value ?? null,
      targetMax: target?.valueMax ?? null,
      ...judge(indicator, latest.value, target, previous ?? null, latest.period),
    });
  }
  return points;
}
