import { describe, expect, it } from 'vitest';
import { localQuestionsSchema } from '../indicators/local-questions.ts';
import { programmePeriods, rangeMonths } from './programme.ts';
import { pulseSurveyDefinition } from './pulse-items.ts';

describe('programme periods', () => {
  it('puts a baseline before the start and a follow-up after the end', () => {
    const p = programmePeriods({
      startsOn: '2025-03-01',
      endsOn: '2025-08-31',
      baselineMonths: 6,
      followUpMonths: 6,
    });
    expect(p.before).toEqual({ from: '2024-09-01', to: '2025-02-28' });
    expect(p.during).toEqual({ from: '2025-03-01', to: '2025-08-31' });
    expect(p.after).toEqual({ from: '2025-09-01', to: '2026-02-28' });
    expect(rangeMonths(p.before)).toBeCloseTo(5.95, 1);
  });
});

describe('pulse definition', () => {
  it('is a valid set of local questions for the survey machinery', () => {
    const def = pulseSurveyDefinition();
    expect(def.sets).toEqual([]);
    expect(localQuestionsSchema.safeParse(def.localQuestions).success).toBe(true);
  });
});
