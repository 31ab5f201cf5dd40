import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate.ts';
import { problemCounts } from './counts.ts';

describe('problemCounts', () => {
  it('puts each count in its own singular or plural form', () => {
    const counts = { observation: 1, quote: 0, survey_text: 2, journey_pain: 1 };
    expect(problemCounts(createTranslator('da'), counts)).toBe(
      '1 observation, 0 citater, 2 fritekstsvar, 1 smertepunkt',
    );
    expect(problemCounts(createTranslator('en'), counts)).toBe(
      '1 observation, 0 quotes, 2 free-text answers, 1 pain point',
    );
  });
});
