import { describe, expect, it } from 'vitest';
import type { Verdict } from '../stats/index.ts';
import { judgeCriteria } from './criteria.ts';
import { criteriaSummary, criterionLines, seasonSentences } from './criteria-text.ts';
import type { ReportItem, ReportRate } from './report.ts';

const summary = { n: 30, mean: 3, sd: 1, median: 3, ci: null } as unknown as ReportItem['before'];
function item(key: Verdict['key'], suppressed = false): ReportItem {
  return {
    itemId: key,
    label: `item ${key}`,
    min: 1,
    max: 5,
    before: suppressed ? null : summary,
    after: summary,
    nBefore: suppressed ? 3 : 30,
    nAfter: 30,
    diff: null,
    ci: null,
    p: null,
    pAdjusted: null,
    rankBiserial: null,
    cohensD: null,
    verdict: {
      key,
      params: { nBefore: 30, nAfter: 30, minN: 20, alpha: 0.05, p: null, diff: null, ci: null, effect: null },
    },
  } as ReportItem;
}
function rate(ci: { lower: number; upper: number } | null, hours = 10): ReportRate {
  return {
    category: 'waiting',
    label: 'Venten',
    countBefore: 20,
    countAfter: ci ? 8 : 0,
    rateBefore: hours ? 2 : null,
    rateAfter: hours ? 0.8 : null,
    ratio: ci ? 0.4 : null,
    ci,
    p: null,
  };
}
const base = {
  minN: 20,
  initiative: { design: 'before_after' as const, baseline: { start: '2026-01-01', end: '2026-01-31' } },
};

describe('judgeCriteria', () => {
  it('judges each measure fixed before the test as met, not met or cannot be judged, with the reason', () => {
    const out = judgeCriteria({
      ...base,
      items: [
        item('improved'),
        item('no_difference'),
        item('worsened'),
        item('too_few'),
        item('improved', true),
      ],
      rates: [rate({ lower: 0.2, upper: 0.8 }), rate({ lower: 0.5, upper: 1.3 }), rate(null), rate(null, 0)],
      counts: [{ label: 'Klager', before: 9, after: 3 }],
    });
    expect(out.map((c) => [c.kind, c.status, c.reason])).toEqual([
      ['item', 'met', null],
      ['item', 'not_met', null],
      ['item', 'not_met', null],
      ['item', 'cannot_judge', 'too_few'],
      ['item', 'cannot_judge', 'suppressed'],
      ['rate', 'met', null],
      ['rate', 'not_met', null],
      ['rate', 'cannot_judge', 'zero_count'],
      ['rate', 'cannot_judge', 'no_observations'],
      ['count', 'cannot_judge', 'not_tested'],
    ]);
  });

  it('judges nothing in a before/after design without a baseline period', () => {
    const out = judgeCriteria({
      ...base,
      initiative: { design: 'before_after', baseline: null },
      items: [item('improved')],
      rates: [rate({ lower: 0.2, upper: 0.8 })],
      counts: [],
    });
    expect(out.every((c) => c.status === 'cannot_judge' && c.reason === 'no_period')).toBe(true);
  });

  it('needs no baseline in a comparison design', () => {
    const out = judgeCriteria({
      ...base,
      initiative: { design: 'comparison', baseline: null },
      items: [item('improved')],
      rates: [],
      counts: [],
    });
    expect(out[0]?.status).toBe('met');
  });
});

describe('criteria wording', () => {
  const met = {
    kind: 'item' as const,
    label: 'Jeg fik hjælp',
    status: 'met' as const,
    reason: null,
    nBefore: 30,
    nAfter: 31,
  };
  const few = { ...met, status: 'cannot_judge' as const, reason: 'too_few' as const, nBefore: 4, nAfter: 12 };

  it('names the criterion, its status and the reason in Danish and bokmål', () => {
    expect(criterionLines('da', few, 20)).toEqual({
      criterion: 'Svarene på »Jeg fik hjælp« bliver bedre',
      status: 'Kan ikke vurderes',
      reason: 'for få svar (4 og 12; mindst 20 i hver gruppe)',
    });
    expect(criterionLines('nb', met, 20).status).toBe('Oppfylt');
  });

  it('uses the singular for one criterion and the plural otherwise', () => {
    expect(criteriaSummary('da', [met])).toBe(
      '1 succeskriterium: 1 opfyldt, 0 ikke opfyldt, 0 kan ikke vurderes.',
    );
    expect(criteriaSummary('nb', [met, few])).toBe(
      '2 suksesskriterier: 1 oppfylt, 0 ikke oppfylt, 1 kan ikke vurderes.',
    );
    expect(criteriaSummary('en', [met])).toMatch(/^1 success criterion:/);
    expect(criteriaSummary('en', [met, few])).toMatch(/^2 success criteria:/);
  });

  it('writes the seasonal note only when the periods differ', () => {
    expect(seasonSentences('da', { onlyBefore: [], onlyAfter: [] })).toEqual([]);
    const s = seasonSentences('da', { onlyBefore: ['summer', 'summer_holiday'], onlyAfter: ['autumn'] });
    expect(s[1]).toBe('Kun i førperioden: sommer, sommerferie (juli).');
    expect(s[2]).toBe('Kun i efterperioden: efterår.');
  });
});
