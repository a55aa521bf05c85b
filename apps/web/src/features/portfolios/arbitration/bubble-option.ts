import type { ArbitrationProject } from '@pilotis/shared';
import { axisColor, baseOption } from '../../dashboards/charts/chart-theme';
import { stageColors } from '../StageBadge';
import { bubbleSize } from './arbitration-view';

export type VerticalAxis = 'risk' | 'cost';

interface BubbleLabels {
  x: string;
  y: string;
}

/**
 * x = total score (value), y = risk or cost in k€, bubble area = budget. Colour = stage; a
 * project in the what-if selection gets a thick outline and its code in bold, so the selection
 * never rests on colour alone (the table says it in words).
 */
export function bubbleOption(projects: readonly ArbitrationProject[], axis: VerticalAxis, labels: BubbleLabels, selected: readonly string[]) {
  const drawn = projects.filter((p) => p.value !== null && (axis === 'cost' || p.risk !== null));
  const maxCents = Math.max(0, ...drawn.map((p) => p.totalCostCents));
  return {
    ...baseOption,
    grid: { left: 64, right: 32, top: 24, bottom: 56 },
    xAxis: { type: 'value', name: labels.x, nameLocation: 'middle', nameGap: 32, min: 0, max: 100, axisLine: { lineStyle: { color: axisColor } } },
    yAxis: { type: 'value', name: labels.y, nameLocation: 'middle', nameGap: 48, scale: axis === 'risk', boundaryGap: ['10%', '20%'], axisLine: { lineStyle: { color: axisColor } } },
    series: [
      {
        type: 'scatter',
        // A bubble at the edge of the axes (score 100, the dearest project) is drawn whole, not cut.
        clip: false,
        data: drawn.map((p) => {
          const isSelected = selected.includes(p.id);
          return {
            name: p.code,
            value: [p.value, axis === 'risk' ? p.risk : Math.round(p.totalCostCents / 100_000)],
            symbolSize: bubbleSize(p.totalCostCents, maxCents),
            itemStyle: { color: stageColors[p.stage], opacity: 0.75, borderColor: '#212529', borderWidth: isSelected ? 3 : 0.5 },
            label: { show: true, position: 'top', formatter: '{b}', color: '#212529', fontWeight: isSelected ? 'bold' : 'normal' },
          };
        }),
      },
    ],
  };
}
