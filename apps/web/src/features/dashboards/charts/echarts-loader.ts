/** What a dashboard chart needs from an ECharts instance. */
export interface ChartInstance {
  setOption: (option: object, notMerge?: boolean) => void;
  resize: () => void;
  dispose: () => void;
  on: (event: 'click', handler: (params: { dataIndex: number; seriesIndex?: number }) => void) => void;
}

export type ChartLoader = () => Promise<{ init: (element: HTMLElement) => ChartInstance }>;

/**
 * One on-demand load of an ECharts set-up module (SVG renderer): the first chart on screen fetches
 * the chunk, the others wait for the same promise. A failed load is retried by the next chart.
 */
export function chartLoader(setup: () => Promise<{ echarts: { init: (element: HTMLElement, theme: null, options: { renderer: 'svg' }) => unknown } }>): ChartLoader {
  let loading: ReturnType<ChartLoader> | null = null;
  return () => {
    loading ??= setup()
      .then(({ echarts }) => ({ init: (element: HTMLElement) => echarts.init(element, null, { renderer: 'svg' }) as ChartInstance }))
      .catch((error: unknown) => {
        loading = null;
        throw error;
      });
    return loading;
  };
}

/** ECharts with the parts every dashboard chart draws with (`echarts-setup.ts`). */
export const loadECharts = chartLoader(() => import('./echarts-setup'));
