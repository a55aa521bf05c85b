import { axisColor, baseOption, fontFamily, patterns } from './chart-theme';

export interface BudgetRow {
  label: string;
  plannedCents: number;
  committedCents: number;
  spentCents: number;
}

export interface BudgetTexts {
  planned: string;
  committed: string;
  spent: string;
}

const series = [
  { key: 'plannedCents', color: '#1864ab', decal: patterns.solid },
  { key: 'committedCents', color: '#5f3dc4', decal: patterns.stripes },
  { key: 'spentCents', color: '#1b6e3a', decal: patterns.dots },
] as const;

/**
 * Planned, committed and spent per node as grouped bars: three colours AND three patterns, a
 * legend with their names, and the amount above each bar in short form (« 1,2 M€ »).
 */
export function buildBudgetOption(rows: BudgetRow[], texts: BudgetTexts, money: { full: (cents: number) => string; short: (cents: number) => string }) {
  const names = { plannedCents: texts.planned, committedCents: texts.committed, spentCents: texts.spent };
  return {
    ...baseOption,
    grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, itemGap: 20, textStyle: { color: '#212529', fontFamily, fontSize: 13 } },
    tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const }, valueFormatter: (value: unknown) => money.full(Number(value)) },
    xAxis: { type: 'category' as const, data: rows.map((row) => row.label), axisLabel: { color: axisColor, interval: 0, width: 110, overflow: 'truncate' as const } },
    yAxis: { type: 'value' as const, axisLabel: { color: axisColor, formatter: (value: number) => money.short(value) } },
    series: series.map(({ key, color, decal }) => ({
      name: names[key],
      type: 'bar' as const,
      barMaxWidth: 32,
      itemStyle: { color, decal },
      label: { show: rows.length <= 6, position: 'top' as const, color: '#212529', fontSize: 11, formatter: ({ value }: { value: unknown }) => money.short(Number(value)) },
      labelLayout: { hideOverlap: true },
      data: rows.map((row) => row[key]),
    })),
  };
}
