import { chartLoader } from '../../dashboards/charts/echarts-loader';

/** ECharts with the dashboards' parts plus scatter series (see bubble-echarts.ts), loaded on demand. */
export const loadBubbleECharts = chartLoader(() => import('./bubble-echarts'));
