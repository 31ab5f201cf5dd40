import { describe, expect, it } from 'vitest';
import { journeyOf } from './test-fixtures.ts';
import { DEFAULT_TIMELINE_OPTIONS, layoutTimeline } from './timeline.ts';

describe('layoutTimeline', () => {
  it('is just the frame for an empty journey', () => {
    const layout = layoutTimeline({ ...journeyOf(''), actors: [] });
    expect(layout).toMatchObject({ cells: [], lanes: [], stages: [], emotion: [] });
    expect(layout.width).toBe(DEFAULT_TIMELINE_OPTIONS.labelWidth);
  });

  it('puts one column per step, one lane per actor in meeting order', () => {
    const layout = layoutTimeline(journeyOf('G A G'));
    expect(layout.lanes.slice(0, 2).map((lane) => lane.actorId)).toEqual(['G', 'A']);
    expect(layout.cells.map((c) => [c.column, c.lane, c.isHandover])).toEqual([
      [0, 0, false],
      [1, 1, true],
      [2, 0, true],
    ]);
    expect(layout.cells[2]!.x - layout.cells[1]!.x).toBe(DEFAULT_TIMELINE_OPTIONS.columnWidth);
  });

  it('groups consecutive steps of a stage into bands', () => {
    const stage = (stageId: string | undefined) => ({ stageId });
    const layout = layoutTimeline(journeyOf('A A B C', { 0: stage('x'), 1: stage('x'), 2: stage('y') }));
    expect(layout.stages.map((band) => [band.stageId, band.firstColumn, band.lastColumn])).toEqual([
      ['x', 0, 1],
      ['y', 2, 2],
      [null, 3, 3],
    ]);
    expect(layout.stages[0]?.width).toBe(2 * DEFAULT_TIMELINE_OPTIONS.columnWidth);
  });

  it('maps emotions to the band, +2 on top, skipping steps without emotion', () => {
    const layout = layoutTimeline(journeyOf('A B C', { 0: { emotion: 2 }, 2: { emotion: -2 } }));
    expect(layout.emotion.map((p) => p.stepId)).toEqual(['s1', 's3']);
    expect(layout.emotion[0]?.y).toBe(layout.emotionBand.top);
    expect(layout.emotion[1]?.y).toBe(layout.emotionBand.bottom);
  });
});
