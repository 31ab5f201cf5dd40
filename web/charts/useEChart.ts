import { type RefObject, useEffect, useRef, useState } from 'react';
import type { EChartsOption } from './echarts.ts';

/** The tree-shaken ECharts module; imported on demand so pages without a chart never load it. */
export type EChartsModule = typeof import('./echarts.ts');
/** One ECharts instance as returned by `echarts.init`. */
export type EChartsInstance = ReturnType<EChartsModule['echarts']['init']>;

export interface EChartHandle {
  /** Attach to the element the canvas is drawn into. */
  box: RefObject<HTMLDivElement | null>;
  /** True once ECharts has loaded and drawn into `box`. */
  ready: boolean;
  chart: RefObject<EChartsInstance | null>;
  lib: RefObject<EChartsModule | null>;
}

/**
 * Loads ECharts lazily, draws `option` into `box` and keeps it sized with the window. `svg` draws SVG
 * elements instead of a canvas: they print sharply and survive when the page is saved as HTML.
 * ECharts' own ARIA text is switched off: callers give the drawing a label of their own (a text
 * description) and a table with the same figures, which say more than a generated sentence.
 */
export function useEChart(option: EChartsOption, renderer: 'canvas' | 'svg' = 'canvas'): EChartHandle {
  const box = useRef<HTMLDivElement>(null);
  const lib = useRef<EChartsModule | null>(null);
  const chart = useRef<EChartsInstance | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let disposed = false;
    void import('./echarts.ts').then((m) => {
      if (disposed || !box.current) return;
      lib.current = m;
      chart.current = m.echarts.init(box.current, null, { renderer });
      setReady(true);
    });
    const onResize = () => chart.current?.resize();
    window.addEventListener('resize', onResize);
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, [renderer]);

  useEffect(() => {
    if (!ready || !chart.current) return;
    chart.current.setOption({ ...option, aria: { enabled: false } }, { notMerge: true });
    chart.current.resize();
  }, [ready, option]);

  return { box, ready, chart, lib };
}
