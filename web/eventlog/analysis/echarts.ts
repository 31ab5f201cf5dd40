import { GraphChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

// Only the graph: loaded on demand by the network view.
echarts.use([GraphChart, TooltipComponent, CanvasRenderer, SVGRenderer]);

export type EChartsOption = echarts.EChartsCoreOption;
export { echarts };

/** The option as an SVG document (ECharts' server-side SVG renderer, off-screen). */
export function renderSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ ...option, animation: false });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
