import { describe, expect, it } from 'vitest';
import {
  evaluateSmileyAlert,
  evaluateSmileyAlertCounts,
  type SmileyFace,
  type SmileyPress,
  summariseSmiley,
} from './index.ts';

const minute = 60_000;
const press = (face: SmileyFace, minutes: number): SmileyPress => ({ face, at: minutes * minute });

describe('summariseSmiley', () => {
  it('computes counts, positive share and the 0–100 index', () => {
    // 2 very happy, 1 happy, 1 unhappy, 0 very unhappy:
    // index = (2·100 + 66.67 + 33.33 + 0) / 4 = 300/4 = 75; positive = 3/4.
    const s = summariseSmiley(['very_happy', 'very_happy', 'happy', 'unhappy']);
    expect(s.counts).toEqual({ very_happy: 2, happy: 1, unhappy: 1, very_unhappy: 0 });
    expect(s.total).toBe(4);
    expect(s.positiveShare).toBe(0.75);
    expect(s.index).toBeCloseTo(75, 12);
  });

  it('accepts pre-aggregated counts and gives 0 and 100 at the extremes', () => {
    expect(summariseSmiley({ very_happy: 5, happy: 0, unhappy: 0, very_unhappy: 0 }).index).toBe(100);
    expect(summariseSmiley({ very_happy: 0, happy: 0, unhappy: 0, very_unhappy: 3 }).index).toBe(0);
    expect(summariseSmiley({ very_happy: 0, happy: 1, unhappy: 0, very_unhappy: 0 }).index).toBeCloseTo(
      66.667,
      3,
    );
  });

  it('returns null figures without presses', () => {
    expect(summariseSmiley([])).toMatchObject({ total: 0, positiveShare: null, index: null });
  });
});

describe('evaluateSmileyAlert', () => {
  const rule = { windowMinutes: 10, minPresses: 4, unhappyShare: 0.5 };

  it('fires when a 10-minute window has enough presses and unhappy share', () => {
    const presses = [
      press('happy', 0),
      press('unhappy', 20),
      press('very_unhappy', 22),
      press('happy', 25),
      press('unhappy', 29),
    ];
    const r = evaluateSmileyAlert(presses, rule);
    expect(r.fires).toBe(true);
    expect(r.window).toEqual({ from: 19 * minute, to: 29 * minute, presses: 4, unhappy: 3 });
  });

  it('does not fire below minPresses or below the share, and respects the window edge', () => {
    expect(
      evaluateSmileyAlert([press('unhappy', 0), press('unhappy', 1), press('unhappy', 2)], rule).fires,
    ).toBe(false);
    const mixed = [press('unhappy', 0), press('happy', 1), press('happy', 2), press('happy', 3)];
    expect(evaluateSmileyAlert(mixed, rule).fires).toBe(false);
    // The press at minute 2 is exactly 10 minutes before minute 12: outside the half-open window (2, 12].
    const edge = [press('unhappy', 2), press('unhappy', 10), press('unhappy', 11), press('happy', 12)];
    expect(evaluateSmileyAlert(edge, rule).fires).toBe(false);
    const inside = [press('unhappy', 2.5), press('unhappy', 10), press('unhappy', 11), press('happy', 12)];
    expect(evaluateSmileyAlert(inside, rule).fires).toBe(true);
  });

  it('works on unsorted input and with no presses', () => {
    const presses = [press('unhappy', 3), press('very_unhappy', 1), press('happy', 2), press('unhappy', 4)];
    expect(evaluateSmileyAlert(presses, rule).fires).toBe(true);
    expect(evaluateSmileyAlert([], rule)).toEqual({ fires: false });
  });

  it('checks only the window ending at `now` when given', () => {
    const presses = [press('unhappy', 0), press('unhappy', 1), press('unhappy', 2), press('unhappy', 3)];
    expect(evaluateSmileyAlert(presses, rule, { now: 5 * minute }).fires).toBe(true);
    expect(evaluateSmileyAlert(presses, rule, { now: 12 * minute }).fires).toBe(false);
  });

  it('rejects nonsensical rules', () => {
    expect(() => evaluateSmileyAlert([], { ...rule, unhappyShare: 1.5 })).toThrow(RangeError);
    expect(() => evaluateSmileyAlert([], { ...rule, windowMinutes: 0 })).toThrow(RangeError);
  });
});

describe('evaluateSmileyAlertCounts', () => {
  const rule = { windowMinutes: 10, minPresses: 4, unhappyShare: 0.75 };

  it('gives single presses the same result as evaluateSmileyAlert', () => {
    const presses = [press('happy', 0), press('unhappy', 3), press('unhappy', 4), press('very_unhappy', 5)];
    const counts = presses.map((p) => ({ at: p.at, presses: 1, unhappy: p.face === 'happy' ? 0 : 1 }));
    expect(evaluateSmileyAlertCounts(counts, rule)).toEqual(evaluateSmileyAlert(presses, rule));
    expect(evaluateSmileyAlertCounts(counts, rule, { now: 6 * minute })).toEqual(
      evaluateSmileyAlert(presses, rule, { now: 6 * minute }),
    );
  });

  it("lets a minute's presses enter the window together", () => {
    // 3 unhappy and 2 happy in minute 5: the window ending at minute 5 holds all five (share 0.6).
    const counts = [{ at: 5 * minute, presses: 5, unhappy: 3 }];
    expect(evaluateSmileyAlertCounts(counts, rule).fires).toBe(false);
    expect(evaluateSmileyAlertCounts([{ at: 5 * minute, presses: 4, unhappy: 3 }], rule).window).toEqual({
      from: -5 * minute,
      to: 5 * minute,
      presses: 4,
      unhappy: 3,
    });
  });
});
