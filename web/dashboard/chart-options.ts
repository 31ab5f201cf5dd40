import type { EChartsOption } from '../charts/echarts.ts';
import { HIGHER, INK, LOWER, PRIMARY } from '../charts/palette.ts';
import type { ComparisonRow, Indicator, TrendSeries } from './api.ts';

/** The answer scale runs from red (worst) to blue (best), each with ≥ 3:1 contrast on white. */
const SCALE_COLOURS = ['#a4241b', '#d9622b', '#8a8f96', '#3f7fb0', '#124e78', '#0b3354'];

const axisRange = (max: number) => ({ min: 1, max });

type ErrorBarApi = {
  value: (dim: number) => number;
  coord: (point: number[]) => number[];
  size: (point: number[]) => number[];
};

/** Draws a horizontal or vertical interval whisker for a custom series ([category, lower, upper]). */
function whisker(horizontal: boolean) {
  return (_params: unknown, api: ErrorBarApi) => {
    const c = api.value(0);
    const lo = horizontal ? api.coord([api.value(1), c]) : api.coord([c, api.value(1)]);
    const hi = horizontal ? api.coord([api.value(2), c]) : api.coord([c, api.value(2)]);
    const cap = (horizontal ? (api.size([0, 1])[1] ?? 10) : (api.size([1, 0])[0] ?? 10)) * 0.25;
    const [x1 = 0, y1 = 0] = lo;
    const [x2 = 0, y2 = 0] = hi;
    const style = { stroke: INK, lineWidth: 1.5 };
    const capAt = (x: number, y: number) =>
      horizontal
        ? { type: 'line', shape: { x1: x, y1: y - cap, x2: x, y2: y + cap }, style }
        : { type: 'line', shape: { x1: x - cap, y1: y, x2: x + cap, y2: y }, style };
    return {
      type: 'group',
      children: [{ type: 'line', shape: { x1, y1, x2, y2 }, style }, capAt(x1, y1), capAt(x2, y2)],
    };
  };
}

/**
 * Means over time with their 95 % intervals as whiskers; hidden periods leave gaps. Whole periods are
 * filled points on a solid line; a partial period (not over, or cut by the chosen period) is a hollow
 * point on a dashed line, so it is not read as a whole period.
 */
export function trendOption(series: TrendSeries, labels: string[], scaleMax: number): EChartsOption {
  const points = series.points;
  // The dashed line reaches each partial point from its neighbours, so it stays connected to the rest.
  const nearPartial = (i: number) =>
    points[i]?.partial === true || points[i - 1]?.partial === true || points[i + 1]?.partial === true;
  return {
    animation: false,
    grid: { left: 48, right: 16, top: 16, bottom: 40 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', ...axisRange(scaleMax) },
    series: [
      {
        type: 'line',
        data: points.map((p) => (p.partial ? null : p.figure.mean)),
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 7,
        lineStyle: { color: PRIMARY, width: 2 },
        itemStyle: { color: PRIMARY },
      },
      {
        type: 'line',
        data: points.map((p, i) =>
          nearPartial(i) ? { value: p.figure.mean, symbol: p.partial ? 'emptyCircle' : 'none' } : null,
        ),
        connectNulls: false,
        symbolSize: 9,
        lineStyle: { color: PRIMARY, width: 2, type: 'dashed' },
        itemStyle: { color: PRIMARY, borderColor: PRIMARY, borderWidth: 2 },
        tooltip: { show: false },
      },
      {
        type: 'custom',
        renderItem: whisker(false),
        data: series.points.flatMap((p, i) =>
          p.figure.ci ? [[i, p.figure.ci.lower, p.figure.ci.upper]] : [],
        ),
        encode: { x: 0, y: [1, 2] },
        z: 3,
      },
    ],
  };
}

/** Units sorted by mean as horizontal bars with intervals; significant ones coloured and marked. */
export function comparisonOption(rows: readonly ComparisonRow[], scaleMax: number): EChartsOption {
  const shown = rows.filter((r) => r.figure.status === 'shown');
  const names = shown.map((r) =>
    r.marker === 'higher' ? `▲ ${r.name}` : r.marker === 'lower' ? `▼ ${r.name}` : r.name,
  );
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', ...axisRange(scaleMax) },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 220, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 18,
        data: shown.map((r) => ({
          value: r.figure.mean,
          itemStyle: { color: r.marker === 'higher' ? HIGHER : r.marker === 'lower' ? LOWER : PRIMARY },
        })),
      },
      {
        type: 'custom',
        renderItem: whisker(true),
        data: shown.flatMap((r, i) => (r.figure.ci ? [[i, r.figure.ci.lower, r.figure.ci.upper]] : [])),
        encode: { y: 0, x: [1, 2] },
        z: 3,
      },
    ],
  };
}

/** Stacked 100 % bars of the answer categories per item, worst answer on the left. */
export function distributionOption(
  indicators: readonly Indicator[],
  itemNames: string[],
  pointLabels: (value: number) => string,
): EChartsOption {
  const values = [
    ...new Set(indicators.flatMap((i) => i.figure.distribution?.map((d) => d.value) ?? [])),
  ].sort((a, b) => a - b);
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 40, bottom: 24, containLabel: true },
    legend: { top: 0, data: values.map(pointLabels) },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
    yAxis: {
      type: 'category',
      data: itemNames,
      inverse: true,
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: values.map((v, k) => ({
      type: 'bar',
      stack: 'share',
      name: pointLabels(v),
      itemStyle: { color: SCALE_COLOURS[Math.round((k / Math.max(1, values.length - 1)) * 5)] },
      data: indicators.map((ind) => {
        const n = ind.figure.n ?? 0;
        const c = ind.figure.distribution?.find((d) => d.value === v)?.count ?? 0;
        return n > 0 ? Math.round((1000 * c) / n) / 10 : null;
      }),
    })),
  };
}
