/**
 * Where a measure stands against its target. Achievement is the share of the target reached,
 * direction-aware: for "lower is better" a value of half the target is 200 %. Thresholds are in
 * percent of achievement: on track at or above `onTrack`, off track under `offTrack`, at risk
 * between. A band target (`target` … `targetMax`) is on track inside, and measured against the
 * bound it missed outside.
 */
export const indicatorDirections = ['higher', 'lower', 'band'] as const;
export type IndicatorDirection = (typeof indicatorDirections)[number];
export const measureStatuses = ['on_track', 'at_risk', 'off_track', 'no_target'] as const;
export type MeasureStatus = (typeof measureStatuses)[number];
export const trends = ['better', 'worse', 'stable'] as const;
export type Trend = (typeof trends)[number];

export interface Thresholds {
  onTrack: number;
  offTrack: number;
}
export const defaultThresholds: Thresholds = { onTrack: 95, offTrack: 80 };

export interface Target {
  value: number;
  valueMax?: number | null;
}

/** Percent of the target reached (100 = exactly), or null when it cannot be said. */
export function achievement(value: number, target: Target, direction: IndicatorDirection): number | null {
  if (direction === 'band') {
    const low = Math.min(target.value, target.valueMax ?? target.value);
    const high = Math.max(target.value, target.valueMax ?? target.value);
    if (value >= low && value <= high) return 100;
    return value < low ? ratio(value, low, 'higher') : ratio(value, high, 'lower');
  }
  return ratio(value, target.value, direction);
}

function ratio(value: number, target: number, direction: 'higher' | 'lower'): number | null {
  if (target === 0) return (direction === 'higher' ? value >= 0 : value <= 0) ? 100 : 0;
  if (direction === 'higher') return target > 0 ? (value / target) * 100 : value >= target ? 100 : (target / value) * 100;
  if (value <= 0) return target > 0 ? Infinity : value <= target ? 100 : 0;
  return (target / value) * 100;
}

export function measureStatus(
  value: number | null | undefined,
  target: Target | null | undefined,
  direction: IndicatorDirection,
  thresholds: Thresholds = defaultThresholds,
): MeasureStatus {
  if (value === null || value === undefined || !target) return 'no_target';
  const reached = achievement(value, target, direction);
  if (reached === null || Number.isNaN(reached)) return 'no_target';
  if (reached >= thresholds.onTrack) return 'on_track';
  return reached < thresholds.offTrack ? 'off_track' : 'at_risk';
}

/** Better or worse than the previous period, in the indicator's direction (a band: closer to it). */
export function measureTrend(
  value: number | null | undefined,
  previous: number | null | undefined,
  direction: IndicatorDirection,
  target?: Target | null,
): Trend | null {
  if (value === null || value === undefined || previous === null || previous === undefined) return null;
  if (value === previous) return 'stable';
  if (direction === 'band') {
    if (!target) return null;
    const distance = (x: number) => Math.max(0, Math.min(target.value, target.valueMax ?? target.value) - x, x - Math.max(target.value, target.valueMax ?? target.value));
    const [now, before] = [distance(value), distance(previous)];
    return now === before ? 'stable' : now < before ? 'better' : 'worse';
  }
  return (value > previous) === (direction === 'higher') ? 'better' : 'worse';
}
