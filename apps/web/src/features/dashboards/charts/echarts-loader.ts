/** What a dashboard chart needs from an ECharts instance. */
export interface ChartInstance {
  setOption: (option: object, notMerge?: boolean) => void;
  resize: () => void;
  dispose: () => void;
  on: (event: 'click', handler: (params: { dataIndex: number; seriesIndex?: number }) => void) => void;
}

let loading: Promise<{ init: (element: HTMLElement) => ChartInstance }> | null = null;

/**
 * One on-demand load of ECharts for every dashboard chart: the first chart on screen fetches the
 * chunk, the others wait for the same promise. A failed load is retried by the next chart.
 */
export function loadECharts() {
  loading ??= import('./echarts-setup')
    .then(({ echarts }) => ({ init: (element: HTMLElement) => echarts.init(element, null, { renderer: 'svg' }) as unknown as ChartInstance }))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
