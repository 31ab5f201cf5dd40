import { describe, expect, it } from 'vitest';
import type { HandoverReport } from '../../../shared/eventlog/index.ts';
import { renderSvg } from './echarts.ts';
import {
  CHART_HEIGHT,
  graphOption,
  LABEL_WIDTH,
  NODE_COLOUR,
  UNKNOWN_WAIT_COLOUR,
  WAIT_COLOURS,
  waitColour,
} from './graph-option.ts';

const LONG = 'Sagsbehandler i Jobcenter Nord-Vest, ydelsesafdelingen';
const names = Array.from({ length: 16 }, (_, i) => (i % 2 ? `${LONG} ${i}` : `Team ${i}`));
const report = {
  actors: names.map((actor, i) => ({ actor, events: 10 + i * 7, cases: 1 })),
  handovers: names.map((from, i) => ({
    from,
    to: names[(i + 5) % names.length] ?? '',
    count: 3 + i,
    medianWaitMs: i % 6 === 5 ? null : [0.5, 5, 50, 500, 5000][i % 5]! * 3_600_000,
  })),
} as unknown as HandoverReport;

/** Where each label's text ends, from the SVG's text transforms (the text is at most LABEL_WIDTH long). */
function labelEnds(svg: string) {
  const texts = [...svg.matchAll(/<text[^>]*text-anchor="(start|end)"[^>]*matrix\(([^)]*)\)[^>]*>([^<]*)</g)];
  return texts.map(([, anchor, matrix, text]) => {
    const [a = 0, b = 0, , , x = 0, y = 0] = (matrix ?? '').split(',').map(Number);
    const sign = anchor === 'start' ? 1 : -1;
    return { text, from: [x, y], to: [x + sign * a * LABEL_WIDTH, y + sign * b * LABEL_WIDTH] };
  });
}

describe('handover network option', () => {
  it.each([900, 560])(
    'keeps every label inside a %ipx wide drawing, long names cut with an ellipsis',
    (width) => {
      const ends = labelEnds(renderSvg(graphOption(report, 60, '(ingen)') as never, width, CHART_HEIGHT));
      expect(ends).toHaveLength(names.length);
      for (const { text, from, to } of ends) {
        for (const [x, y] of [from, to]) {
          expect(x, text).toBeGreaterThanOrEqual(0);
          expect(x, text).toBeLessThanOrEqual(width);
          expect(y, text).toBeGreaterThanOrEqual(0);
          expect(y, text).toBeLessThanOrEqual(CHART_HEIGHT);
        }
      }
      expect(ends.filter((e) => e.text?.endsWith('…'))).toHaveLength(names.length / 2);
    },
  );

  it('colours actors apart from the wait classes and edges by wait class', () => {
    const option = graphOption(report, 60, '(ingen)');
    const [series] = option.series;
    expect(series?.data.every((d) => d.itemStyle.color === NODE_COLOUR)).toBe(true);
    expect(WAIT_COLOURS).not.toContain(NODE_COLOUR);
    const colours = new Set(series?.links.map((l) => l.lineStyle.color));
    expect(colours.has(UNKNOWN_WAIT_COLOUR)).toBe(true);
    expect(colours.size).toBe(WAIT_COLOURS.length + 1);
    expect(waitColour(30 * 60_000)).toBe(WAIT_COLOURS[0]);
    expect(waitColour(90 * 24 * 3_600_000)).toBe(WAIT_COLOURS[4]);
  });
});
