import type { IndicatorDirection, Measure, MeasureStatus } from '@pilotis/shared';

export interface ChartIndicator {
  direction: IndicatorDirection;
  thresholds: { onTrack: number; offTrack: number };
}

/** Periods in order with what each line of the chart shows (null = a gap). */
export interface ChartRow {
  period: string;
  value: number | null;
  target: number | null;
  targetMax: number | null;
  onTrackLine: number | null;
  offTrackLine: number | null;
  status: MeasureStatus;
}

/**
 * Where the thresholds fall in the unit of the indicator: « on track at 95 % of the target » is
 * 0.95 × target when higher is better, target ÷ 0.95 when lower is better. A band has no single
 * line: its two bounds are drawn instead.
 */
export function thresholdValue(target: number | null, percent: number, direction: IndicatorDirection): number | null {
  if (target === null || direction === 'band' || percent <= 0) return null;
  return direction === 'higher' ? (target * percent) / 100 : (target * 100) / percent;
}

export function chartRows(measures: Measure[], indicator: ChartIndicator): ChartRow[] {
  return [...measures]
    .sort((a, b) => a.period.localeCompare(b.period))
    .map((m) => ({
      period: m.period,
      value: m.value,
      target: m.target,
      targetMax: m.targetMax,
      onTrackLine: thresholdValue(m.target, indicator.thresholds.onTrack, indicator.direction),
      offTrackLine: thresholdValue(m.target, indicator.thresholds.offTrack, indicator.direction),
      status: m.status,
    }));
}
