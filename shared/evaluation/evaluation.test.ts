import { describe, expect, it } from 'vitest';
import { barGeometry, chartLabelLines, valueX } from './chart.ts';
import { headline } from './headline.ts';
import { evaluateItems } from './item.ts';
import { countsByValue } from './measures.ts';
import { compareRates, observedHours } from './rates.ts';
import { verdictSentence } from './report-text.ts';

const values = [1, 2, 3, 4, 5];
// Item A: before counts 3,5,8,6,3 (n 25); after 1,2,6,10,8 (n 27). Item B: a small shift.
const itemA = { itemId: 'a', values, before: [3, 5, 8, 6, 3], after: [1, 2, 6, 10, 8] };
const itemB = { itemId: 'b', values, before: [2, 4, 9, 7, 3], after: [2, 4, 8, 8, 5] };

describe('evaluateItems', () => {
  // Independent values from SciPy 1.17.1 on the expanded raw answers:
  //   stats.ttest_ind(after, before, equal_var=False) → diff 0.774815, CI (0.13555770050328564, 1.4140719291263442)
  //   stats.mannwhitneyu(after, before, method='asymptotic', use_continuity=True) → U 462.5,
  //     p 0.018639840453144332; item B p 0.5760599602287749 (the default method='auto' gives the same,
  //     as the answers are tied). Rank-biserial 2U/(n1 n2) − 1 = 0.37037037.
  // Holm by hand (m = 2): 2 × 0.0186398 = 0.0372797; item B max(0.0372797, 0.5760600) = 0.5760600.
  const [a, b] = evaluateItems([itemA, itemB], { minGroupSize: 5 });

  it('matches SciPy for the mean difference, its interval and Mann–Whitney', () => {
    expect(a?.diff).toBeCloseTo(3.814814814814815 - 3.04, 10);
    expect(a?.ci?.lower).toBeCloseTo(0.13555770050328564, 8);
    expect(a?.ci?.upper).toBeCloseTo(1.4140719291263442, 8);
    expect(a?.p).toBeCloseTo(0.018639840453144332, 10);
    expect(a?.rankBiserial).toBeCloseTo(0.37037037037037046, 10);
    expect(a?.before?.mean).toBeCloseTo(3.04, 12);
  });

  it('adjusts p over the items with Holm and gives verdicts that do not overstate', () => {
    expect(a?.pAdjusted).toBeCloseTo(2 * 0.018639840453144332, 10);
    expect(b?.pAdjusted).toBeCloseTo(0.5760599602287749, 8);
    expect(a?.verdict.key).toBe('improved');
    expect(b?.verdict.key).toBe('no_difference');
    expect(headline([a?.verdict.key ?? 'too_few', b?.verdict.key ?? 'too_few'])).toBe('improved');
  });

  it('hides groups under the anonymity limit and then never concludes', () => {
    const [small] = evaluateItems(
      [{ itemId: 's', values, before: [0, 0, 1, 1, 1], after: [0, 0, 0, 2, 2] }],
      {
        minGroupSize: 5,
      },
    );
    expect(small?.before).toBeNull();
    expect(small?.diff).toBeNull();
    expect(small?.verdict.key).toBe('too_few');
    expect(
      verdictSentence(
        'da',
        small?.verdict ?? {
          key: 'too_few',
          params: {
            nBefore: 0,
            nAfter: 0,
            minN: 20,
            alpha: 0.05,
            p: null,
            diff: null,
            ci: null,
            effect: null,
          },
        },
      ),
    ).toContain('For få svar');
  });

  it('says too few below 20 answers even with a large shift', () => {
    const [r] = evaluateItems([{ itemId: 'x', values, before: [5, 5, 0, 0, 0], after: [0, 0, 0, 5, 5] }], {
      minGroupSize: 5,
    });
    expect(r?.verdict.key).toBe('too_few');
  });
});

describe('compareRates', () => {
  // By hand with SciPy's norm.ppf(0.975): 30 in 10 h vs 12 in 8 h → RR 0.5, SE √(1/30 + 1/12),
  // CI (0.2559937294902832, 0.9765864206821881), p 0.04242497950897205.
  it('gives the rate ratio with the log-scale interval', () => {
    const r = compareRates({ count: 30, hours: 10 }, { count: 12, hours: 8 });
    expect(r.rateBefore).toBe(3);
    expect(r.rateAfter).toBe(1.5);
    expect(r.ratio).toBeCloseTo(0.5, 12);
    expect(r.ci?.lower).toBeCloseTo(0.2559937294902832, 9);
    expect(r.ci?.upper).toBeCloseTo(0.9765864206821881, 9);
    expect(r.p).toBeCloseTo(0.04242497950897205, 9);
  });

  it('gives no ratio for zero counts or hours', () => {
    expect(compareRates({ count: 0, hours: 2 }, { count: 3, hours: 2 }).ratio).toBeNull();
    expect(compareRates({ count: 1, hours: 0 }, { count: 3, hours: 2 }).rateBefore).toBeNull();
  });
});

describe('helpers', () => {
  it('sums closed sessions only', () => {
    const t = (h: number) => new Date(Date.UTC(2026, 0, 1, h));
    expect(
      observedHours([
        { startedAt: t(8), endedAt: t(10) },
        { startedAt: t(11), endedAt: null },
      ]),
    ).toBe(2);
  });
  it('mirrors reverse-keyed counts', () => {
    const rows = [
      { value: 1, count: 4 },
      { value: 5, count: 1 },
    ];
    expect(countsByValue(values, rows, false)).toEqual([4, 0, 0, 0, 1]);
    expect(countsByValue(values, rows, true)).toEqual([1, 0, 0, 0, 4]);
  });
  it('knows every headline', () => {
    expect(headline([])).toBe('nothing_measured');
    expect(headline(['too_few', 'too_few'])).toBe('too_few');
    expect(headline(['improved', 'worsened'])).toBe('mixed');
    expect(headline(['too_few', 'no_difference'])).toBe('no_difference');
  });
});

describe('chart geometry', () => {
  it('starts the axis at the scale minimum and keeps labels and values clear of the bars', () => {
    const g = barGeometry(2, { min: 1, max: 5 });
    expect(g.x(1)).toBe(g.labelWidth);
    expect(g.x(5)).toBe(g.width - 40);
    expect(valueX(g, 3, 3.5)).toBe(g.x(3.5) + 4);
  });

  it('wraps long item labels over lines instead of cutting them off', () => {
    const text = 'Kommunens medarbejdere gør deres bedste for at finde løsninger på borgerens problem';
    const lines = chartLabelLines(text, barGeometry(1, { min: 1, max: 5 }).labelWidth);
    expect(lines.join(' ')).toBe(text);
    expect(lines.every((l) => l.length <= 36)).toBe(true);
    expect(lines.some((l) => l.includes('…'))).toBe(false);
    // Rows grow to hold the wrapped label, so lines never run into the next item.
    const g = barGeometry(2, { min: 1, max: 5 }, 640, lines.length + 2);
    expect(g.rowY(1, 0) - g.rowY(0, 0)).toBeGreaterThanOrEqual((lines.length + 2) * g.lineHeight);
  });

  it('leaves room right of the scale maximum for the printed mean (4 characters)', () => {
    const g = barGeometry(1, { min: 1, max: 5 });
    expect(valueX(g, 5, 5) + 4 * 6.5).toBeLessThanOrEqual(g.width);
  });
});
