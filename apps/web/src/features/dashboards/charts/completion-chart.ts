import { axisColor, baseOption, progressColor } from './chart-theme';

export interface CompletionRow {
  label: string;
  progress: number | null;
}

/**
 * Completion per node as horizontal bars (first node on top), each bar with its percentage
 * written at its end; the time elapsed in the plan period is a dashed line with its own label.
 */
export function buildCompletionOption(rows: CompletionRow[], elapsedPercent: number | null, texts: { elapsed: string }, percent: (value: number | null) => string) {
  return {
    ...baseOption,
    grid: { left: 8, right: 56, top: elapsedPercent === null ? 8 : 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const }, valueFormatter: (value: unknown) => percent(typeof value === 'number' ? value : null) },
    xAxis: { type: 'value' as const, min: 0, max: 100, axisLabel: { color: axisColor, formatter: (value: number) => percent(value) } },
    yAxis: { type: 'category' as const, inverse: true, data: rows.map((row) => row.label), axisLabel: { color: axisColor, width: 200, overflow: 'truncate' as const } },
    series: [
      {
        type: 'bar' as const,
        barMaxWidth: 28,
        itemStyle: { color: progressColor },
        label: { show: true, position: 'right' as const, color: '#212529', fontWeight: 600, formatter: ({ value }: { value: unknown }) => percent(typeof value === 'number' ? value : null) },
        data: rows.map((row) => row.progress ?? 0),
        markLine:
          elapsedPercent === null
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                lineStyle: { color: '#212529', type: 'dashed' as const, width: 2 },
                label: { position: 'start' as const, color: '#212529', fontWeight: 600, formatter: `${texts.elapsed} ${percent(elapsedPercent)}` },
                data: [{ xAxis: elapsedPercent }],
              },
      },
    ],
  };
}

export const completionChartHeight = (rows: number, withElapsed: boolean) => Math.max(120, rows * 44 + (withElapsed ? 56 : 32));
