import { describe, expect, it } from 'vitest';
import { buildCompliancePack } from './compliance-pack.ts';
import { cutoff, RETENTION_KINDS, RETENTION_RULES, retentionProblem } from './kinds.ts';

describe('retention rules', () => {
  it('every default lies within its limits', () => {
    for (const kind of RETENTION_KINDS) {
      const r = RETENTION_RULES[kind];
      expect(r.minDays <= r.defaultDays && r.defaultDays <= r.maxDays).toBe(true);
    }
  });

  it('names what is wrong with a period; free text may not outlive its scores', () => {
    expect(retentionProblem('complaints', 100, {})).toBe('below_min');
    expect(retentionProblem('sessions', 400, {})).toBe('above_max');
    expect(retentionProblem('survey_free_text', 500, { survey_responses: 400 })).toBe('free_text_longer');
    expect(retentionProblem('survey_free_text', 300, { survey_responses: 400 })).toBeNull();
    expect(retentionProblem('complaints', 400.5, {})).toBe('below_min');
  });

  it('cuts off whole days back from now', () => {
    expect(cutoff(new Date('2026-06-15T12:00:00Z'), 30).toISOString()).toBe('2026-05-16T12:00:00.000Z');
  });
});

describe('compliance pack', () => {
  const input = {
    municipality: { name: 'Demokommune', country: 'DK' as const },
    profile: { hostingProvider: 'Drift A/S' },
    retention: [
      { kind: 'survey_responses' as const, days: 1095, keepAggregates: true, aggregatesPossible: true },
    ],
    minGroupSize: 5,
    tls: true,
    database: 'postgres' as const,
    smtp: false,
    generatedAt: '2026-12-02T10:00:00Z',
  };

  it('says what is configured and lists what is missing', () => {
    const pack = buildCompliancePack({ ...input, lang: 'da' });
    const text = JSON.stringify(pack);
    expect(text).toContain('3 år; samlede tal for grupper på mindst 5 bevares');
    expect(text).toContain('HTTPS er konfigureret');
    expect(text).toContain('Drift A/S ([udfyldes])');
    expect(pack.missing).toEqual([
      'controllerName',
      'contactName',
      'contactEmail',
      'dpoEmail',
      'hostingLocation',
    ]);
  });

  it('speaks Norwegian', () => {
    const pack = buildCompliancePack({ ...input, lang: 'nb' });
    expect(pack.sections[2]?.heading).toBe('3. Innbyggerens anonymitet');
  });
});
