/**
 * The dashboards' ECharts parts plus the scatter series the arbitration bubbles need. Only ever
 * reached through `loadBubbleECharts`, so the library stays out of the first bundle.
 */
import { ScatterChart } from 'echarts/charts';
import { echarts } from '../../dashboards/charts/echarts-setup';

echarts.use([ScatterChart]);

export { echarts };
