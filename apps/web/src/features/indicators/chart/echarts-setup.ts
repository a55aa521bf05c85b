/**
 * Only the parts of ECharts the indicator chart uses, with the SVG renderer (crisp, zoomable,
 * printable). Imported dynamically by IndicatorChart so the library stays out of the first bundle.
 */
import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { echarts };
