import type { HandoverReport } from '../../../shared/eventlog/index.ts';
import { OKABE_ITO } from '../../charts/palette.ts';

/**
 * Colours from short to long median wait, cool to warm, taken from the Okabe–Ito palette so each
 * class stays apart with protanopia, deuteranopia and tritanopia (web/charts/palette.test.ts); the
 * old green-to-red ramp collapsed for the one man in twelve with red-green colour blindness. The
 * legend names each class and the matrix is the table alternative.
 */
export const WAIT_COLOURS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.skyBlue,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.orange,
  OKABE_ITO.vermillion,
];
/** Actors are black, apart from every wait colour. */
export const NODE_COLOUR = OKABE_ITO.black;
/** Unknown waits: a grey no wait class uses. */
export const UNKNOWN_WAIT_COLOUR = '#6b6b6b';
/** Height of the drawing (px), on screen and in the SVG export. */
export const CHART_HEIGHT = 640;
/** Diameter (px) of the busiest actor's dot. */
export const MAX_SYMBOL = 32;
/** Longest label (px) before it is cut with an ellipsis; the tooltip shows the full name. */
export const LABEL_WIDTH = 120;
/**
 * Room around the circle for the labels: they point outwards from the circle (rotateLabel), so a
 * label may reach a full label width beyond the circle on every side.
 */
export const LABEL_ROOM = LABEL_WIDTH + MAX_SYMBOL / 2 + 12;
/** Upper bounds of the wait classes in hours (the last class is open). */
export const WAIT_BOUNDS_HOURS = [1, 24, 24 * 7, 24 * 30] as const;

/** The colour class of a median wait (ms); grey when unknown. */
export function waitColour(ms: number | null): string {
  if (ms === null) return UNKNOWN_WAIT_COLOUR;
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
        left: LABEL_ROOM,
        right: LABEL_ROOM,
        top: LABEL_ROOM,
        bottom: LABEL_ROOM,
        roam: true,
        label: {
          show: true,
          position: 'right',
          fontSize: 11,
          color: '#1f1f1f',
          width: LABEL_WIDTH,
          overflow: 'truncate',
          ellipsis: '…',
        },
        emphasis: { focus: 'adjacency' },
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 8,
        data: actors.map((a) => ({
          name: name(a.actor),
          value: a.events,
          symbolSize: 8 + (MAX_SYMBOL - 8) * Math.sqrt(a.events / maxEvents),
          itemStyle: { color: NODE_COLOUR },
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
