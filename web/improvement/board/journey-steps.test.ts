import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../shared/journey/index.ts';
import { journeyOf } from '../../../shared/journey/test-fixtures.ts';
import { createTranslator } from '../../i18n/translate.ts';
import { painChoices, parsePainRef, stepName } from './journey-steps.ts';

const da = createTranslator('da');

function journey(): Journey {
  const j = journeyOf('A B C');
  const [a, b, c] = j.steps;
  if (!a || !b || !c) throw new Error('fixture has three steps');
  return {
    ...j,
    steps: [
      { ...a, description: 'Ringer til jobcentret', painPoints: ['Lang ventetid', 'Sendt videre'] },
      { ...b, description: 'Samtale', painPoints: [] },
      { ...c, id: 'has:colon', description: 'Kan ikke refereres', painPoints: ['x'] },
    ],
  };
}

describe('journey pain picker choices', () => {
  it('names steps by number and text, one choice per pain point', () => {
    const j = journey();
    const first = j.steps[0]?.id ?? '';
    expect(stepName(da, j, first)).toBe('1. Ringer til jobcentret');
    expect(stepName(da, j, 'gone')).toBeNull();
    const choices = painChoices(da, j);
    expect(choices.map((c) => c.text)).toEqual([
      '1. Ringer til jobcentret – Lang ventetid',
      '1. Ringer til jobcentret – Sendt videre',
      '2. Samtale',
    ]);
    expect(choices[1]).toMatchObject({ stepId: first, pain: 'Sendt videre' });
    expect(new Set(choices.map((c) => c.value)).size).toBe(3);
  });

  it('splits a reference into journey and step ids', () => {
    expect(parsePainRef('j1:s2')).toEqual({ journeyId: 'j1', stepId: 's2' });
    expect(parsePainRef('j1')).toBeNull();
    expect(parsePainRef('a:b:c')).toBeNull();
  });
});
