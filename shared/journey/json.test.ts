import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_JOURNEYS } from './demo.ts';
import { formatJourneyIssue, journeyToJson, parseJourneyJson, toJourneyDocument } from './json.ts';
import { LIMITS } from './limits.ts';
import { journeyArb } from './test-arbitraries.ts';
import { journeyOf } from './test-fixtures.ts';

function issuesOf(text: string): string[] {
  const result = parseJourneyJson(text);
  return result.ok ? [] : result.issues.map(formatJourneyIssue);
}

describe('journey JSON', () => {
  it('exports with format and version at top level', () => {
    const doc = JSON.parse(journeyToJson(journeyOf('A')));
    expect(doc.format).toBe('borgerblik.journey');
    expect(doc.version).toBe(1);
    expect(doc.steps[0].actorId).toBe('A');
  });

  it('round-trips the demo journeys exactly', () => {
    for (const journey of Object.values(DEMO_JOURNEYS)) {
      expect(parseJourneyJson(journeyToJson(journey))).toEqual({ ok: true, journey });
    }
  });

  it('round-trips any valid journey (property)', () => {
    fc.assert(
      fc.property(journeyArb, (journey) => {
        const result = parseJourneyJson(journeyToJson(journey));
        expect(result).toEqual({ ok: true, journey });
      }),
      { numRuns: 200 },
    );
  });

  it('names the JSON path of an unknown actor', () => {
    const doc = toJourneyDocument(journeyOf('A B A G'));
    const steps = doc.steps.map((step, i) => (i === 3 ? { ...step, actorId: 'a9' } : step));
    expect(issuesOf(JSON.stringify({ ...doc, steps }))).toEqual(['steps[3].actorId: unknown actor "a9"']);
  });

  it('reports invalid JSON, wrong format and wrong version', () => {
    expect(parseJourneyJson('{nope')).toMatchObject({
      ok: false,
      issues: [{ path: '', code: 'invalid_json' }],
    });
    const doc = toJourneyDocument(journeyOf('A'));
    expect(issuesOf(JSON.stringify({ ...doc, format: 'other' }))[0]).toMatch(/^format: /);
    expect(issuesOf(JSON.stringify({ ...doc, version: 2 }))[0]).toMatch(/^version: /);
    expect(issuesOf('[]')).toHaveLength(1);
  });

  it('reports duplicate ids, bad enums and too long strings with codes and limits', () => {
    const doc = toJourneyDocument(journeyOf('A B'));
    const steps = [doc.steps[0], { ...doc.steps[1], id: 's1', channel: 'fax' }];
    const result = parseJourneyJson(
      JSON.stringify({ ...doc, title: 'x'.repeat(LIMITS.titleChars + 1), steps }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['title', 'too_big'],
      ['steps[1].channel', 'invalid_value'],
    ]);
    expect(result.issues[0]?.params.limit).toBe(LIMITS.titleChars);
    // Reference checks run once the fields themselves are valid.
    const dup = parseJourneyJson(
      JSON.stringify({ ...doc, steps: [doc.steps[0], { ...doc.steps[1], id: 's1' }] }),
    );
    expect(dup).toMatchObject({
      ok: false,
      issues: [{ path: 'steps[1].id', code: 'duplicate_id', params: { id: 's1' } }],
    });
  });

  it('rejects oversized input before parsing it', () => {
    const result = parseJourneyJson(' '.repeat(LIMITS.jsonChars + 1));
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'too_large' }] });
  });

  it('caps the number of issues', () => {
    const doc = toJourneyDocument(journeyOf(Array.from({ length: 500 }, () => 'A').join(' ')));
    const steps = doc.steps.map((step) => ({ ...step, actorId: 'zz' }));
    const result = parseJourneyJson(JSON.stringify({ ...doc, steps }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toHaveLength(LIMITS.issues);
  });
});
