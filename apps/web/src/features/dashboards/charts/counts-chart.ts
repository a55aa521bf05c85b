import { axisColor, baseOption, patternOrder } from './chart-theme';

export interface CountBar {
  label: string;
  value: number;
  color: string;
}

/** A few counts as vertical bars: each bar its colour, its own pattern and its number on top. */
export function buildCountsOption(bars: CountBar[], integer: (value: number) => string) {
  return {
    ...baseOption,
    grid: { left: 8, right: 8, top: 28, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' as const },
    xAxis: { type: 'category' as const, data: bars.map((bar) => bar.label), axisLabel: { color: axisColor, interval: 0 } },
    yAxis: { type: 'value' as const, minInterval: 1, axisLabel: { color: axisColor, formatter: integer } },
    series: [
      {
        type: 'bar' as const,
        barMaxWidth: 56,
        label: { show: true, position: 'top' as const, color: '#212529', fontWeight: 600, formatter: ({ value }: { value: unknown }) => integer(Number(value)) },
        data: bars.map((bar, index) => ({ value: bar.value, itemStyle: { color: bar.color, decal: patternOrder[index % patternOrder.length] ?? undefined } })),
      },
    ],
  };
}
