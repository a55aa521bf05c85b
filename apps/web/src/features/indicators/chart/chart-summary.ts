import type { TFunction } from 'i18next';
import type { ChartRow } from './chart-data';

/**
 * The chart in words, for people who do not see it: latest value against its target, how many
 * periods in each status, and the range covered. The table of periods below holds every value.
 */
export function chartSummary(rows: ChartRow[], t: TFunction, format: { period: (p: string) => string; value: (v: number) => string }): string {
  const measured = rows.filter((row) => row.value !== null);
  if (measured.length === 0) return t('indicators.chart.noData');
  const last = measured[measured.length - 1]!;
  const count = (status: ChartRow['status']) => measured.filter((row) => row.status === status).length;
  const parts = [
    t('indicators.chart.summaryLast', {
      period: format.period(last.period),
      value: format.value(last.value!),
      target: last.target === null ? t('indicators.chart.noTarget') : format.value(last.target),
      status: t(`indicators.statuses.${last.status}`),
    }),
    t('indicators.chart.summaryRange', { count: measured.length, from: format.period(measured[0]!.period), to: format.period(last.period) }),
    t('indicators.chart.summaryStatuses', { onTrack: count('on_track'), atRisk: count('at_risk'), offTrack: count('off_track'), noTarget: count('no_target') }),
  ];
  return parts.join(' ');
}
