import type { ChartInstance } from '../../dashboards/charts/echarts-loader';

let loading: Promise<{ init: (element: HTMLElement) => ChartInstance }> | null = null;

/** One on-demand load of ECharts with scatter series (see bubble-echarts.ts); a failed load is retried next time. */
export function loadBubbleECharts() {
  loading ??= import('./bubble-echarts')
    .then(({ echarts }) => ({ init: (element: HTMLElement) => echarts.init(element, null, { renderer: 'svg' }) as unknown as ChartInstance }))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
