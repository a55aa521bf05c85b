import type { MeasureStatus } from '@pilotis/shared';
import { measureStatusColors } from '../IndicatorBadges';
import type { ChartRow } from './chart-data';

export interface ChartTexts {
  value: string;
  target: string;
  targetMax: string;
  onTrackLine: string;
  offTrackLine: string;
  status: Record<Exclude<MeasureStatus, 'no_target'>, string>;
}

export interface ChartFormat {
  period: (period: string) => string;
  value: (value: number) => string;
  axis: (value: number) => string;
}

/** Each status has its own marker shape as well as its colour, and its name in the legend. */
const statusSymbols: Record<Exclude<MeasureStatus, 'no_target'>, string> = { on_track: 'circle', at_risk: 'triangle', off_track: 'diamond' };
const lineColor = '#1864ab';
/** Mantine's system font stack: ECharts measures labels with it, so it must be a real font, not `inherit`. */
const fontFamily = '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
const targetColor = '#212529';

/** The ECharts option: values (solid line), targets (dashed steps), thresholds (dotted), status markers. */
export function buildChartOption(rows: ChartRow[], texts: ChartTexts, format: ChartFormat) {
  const periods = rows.map((row) => format.period(row.period));
  const hasBand = rows.some((row) => row.targetMax !== null);
  const hasThresholds = rows.some((row) => row.onTrackLine !== null);
  const statusSeries = (Object.keys(statusSymbols) as (keyof typeof statusSymbols)[]).map((status) => ({
    name: texts.status[status],
    type: 'scatter' as const,
    symbol: statusSymbols[status],
    symbolSize: 13,
    itemStyle: { color: measureStatusColors[status], borderColor: '#fff', borderWidth: 1 },
    data: rows.map((row) => (row.status === status && row.value !== null ? row.value : null)),
    z: 4,
  }));
  const dashed = (name: string, key: 'target' | 'targetMax' | 'onTrackLine' | 'offTrackLine', color: string, type: 'dashed' | 'dotted') => ({
    name,
    type: 'line' as const,
    step: 'middle' as const,
    symbol: 'none',
    connectNulls: false,
    lineStyle: { color, type, width: 2 },
    itemStyle: { color },
    data: rows.map((row) => row[key]),
  });
  const series = [
    { name: texts.value, type: 'line' as const, symbol: 'emptyCircle', symbolSize: 6, connectNulls: true, lineStyle: { color: lineColor, width: 3 }, itemStyle: { color: lineColor }, data: rows.map((row) => row.value), z: 3 },
    dashed(texts.target, 'target', targetColor, 'dashed'),
    ...(hasBand ? [dashed(texts.targetMax, 'targetMax', targetColor, 'dashed')] : []),
    ...(hasThresholds ? [dashed(texts.onTrackLine, 'onTrackLine', measureStatusColors.on_track, 'dotted'), dashed(texts.offTrackLine, 'offTrackLine', measureStatusColors.off_track, 'dotted')] : []),
    ...statusSeries,
  ];
  return {
    animation: false,
    textStyle: { fontFamily, color: '#212529' },
    grid: { left: 16, right: 24, top: 72, bottom: 24, containLabel: true },
    legend: { top: 0, left: 0, right: 0, type: 'plain' as const, itemGap: 16, textStyle: { color: '#212529', fontFamily, fontSize: 13 } },
    tooltip: { trigger: 'axis' as const, valueFormatter: (value: unknown) => (typeof value === 'number' ? format.value(value) : '—') },
    xAxis: { type: 'category' as const, data: periods, axisLabel: { color: '#343a40' } },
    yAxis: { type: 'value' as const, scale: true, axisLabel: { color: '#343a40', formatter: format.axis } },
    series,
  };
}
