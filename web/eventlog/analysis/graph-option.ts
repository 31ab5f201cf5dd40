import type { HandoverReport } from '../../../shared/eventlog/index.ts';

/** Colours from short to long median wait (colour-blind-safe sequential, dark enough on white). */
export const WAIT_COLOURS = ['#1a9850', '#91a41b', '#d08b00', '#d35400', '#b2182b'] as const;
/** Upper bounds of the wait classes in hours (the last class is open). */
export const WAIT_BOUNDS_HOURS = [1, 24, 24 * 7, 24 * 30] as const;

/** The colour class of a median wait (ms); grey when unknown. */
export function waitColour(ms: number | null): string {
  if (ms === null) return '#6b6b6b';
  const hours = ms / 3_600_000;
  const i = WAIT_BOUNDS_HOURS.findIndex((b) => hours < b);
  return WAIT_COLOURS[i < 0 ? WAIT_COLOURS.length - 1 : i] as string;
}

/**
 * The handover network as an ECharts graph option: nodes are actors (size by events), arrows
 * handovers (width by count, colour by median wait). Only the `maxEdges` largest handovers are
 * drawn, and only actors they touch; the matrix lists everything.
 */
export function graphOption(report: HandoverReport, maxEdges: number, noActor: string) {
  const edges = report.handovers.slice(0, maxEdges);
  const used = new Set(edges.flatMap((e) => [e.from, e.to]));
  const actors = report.actors.filter((a) => used.has(a.actor));
  const maxEvents = Math.max(1, ...actors.map((a) => a.events));
  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  const name = (actor: string) => actor || noActor;
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'graph',
        layout: 'circular',
        circular: { rotateLabel: true },
        roam: true,
        label: { show: true, position: 'right', fontSize: 11, color: '#1f1f1f' },
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 8,
        data: actors.map((a) => ({
          name: name(a.actor),
          value: a.events,
          symbolSize: 8 + 24 * Math.sqrt(a.events / maxEvents),
          itemStyle: { color: '#2b5d8a' },
        })),
        links: edges.map((e) => ({
          source: name(e.from),
          target: name(e.to),
          value: e.count,
          lineStyle: {
            width: 0.5 + 7.5 * (e.count / maxCount),
            color: waitColour(e.medianWaitMs),
            opacity: 0.85,
            curveness: 0.15,
          },
        })),
      },
    ],
  };
}
