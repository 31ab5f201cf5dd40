import { describe, expect, it } from 'vitest';
import { nameSimilarity, normaliseName } from './similarity.ts';
import { suggestMatches } from './suggest.ts';

describe('name similarity', () => {
  it('folds case, accents and the Danish/Norwegian letters', () => {
    expect(normaliseName('Ansøgning modtaget!')).toBe('ansoegning modtaget');
    expect(nameSimilarity('Bevilling', 'BEVILLING')).toBe(1);
    expect(nameSimilarity('Modtag ansøgning', 'Ansøgning modtaget')).toBeGreaterThan(0.6);
    expect(nameSimilarity('Visitation', 'Betaling')).toBeLessThan(0.35);
  });

  it('suggests the best step per activity, none under the threshold', () => {
    const steps = [
      { id: 's1', names: ['Ansøgning', 'Borgeren søger om hjælp'] },
      { id: 's2', names: ['Visitationsbesøg'] },
      { id: 's3', names: ['Afgørelse'] },
    ];
    const out = suggestMatches(
      ['Ansøgning modtaget', 'Visitation besøg', 'Afgørelse sendt', 'Faktura'],
      steps,
    );
    expect(out.map((s) => s.candidateId)).toEqual(['s1', 's2', 's3', null]);
    expect(out[3]?.score).toBe(0);
  });
});
