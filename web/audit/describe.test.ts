import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translate.ts';
import { actionLabel, detailPairs, targetTypeLabel } from './describe.ts';

const t = createTranslator('da');

describe('audit descriptions', () => {
  it('translates known actions and keeps unknown ones readable', () => {
    expect(actionLabel(t, 'unit.create')).toBe('Enhed oprettet');
    expect(actionLabel(t, 'survey.publish')).toBe('survey.publish');
    expect(targetTypeLabel(t, 'user')).toBe('Bruger');
    expect(targetTypeLabel(t, 'widget')).toBe('widget');
  });

  it('flattens details into key/value text', () => {
    expect(detailPairs({ name: 'Jobcenter', changes: { isEntrance: true }, n: 3 })).toEqual([
      ['name', 'Jobcenter'],
      ['changes', '{"isEntrance":true}'],
      ['n', '3'],
    ]);
    expect(detailPairs({})).toEqual([]);
  });
});
