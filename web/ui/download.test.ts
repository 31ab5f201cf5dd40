import { describe, expect, it } from 'vitest';
import { fileStem } from './download.ts';

describe('fileStem', () => {
  it('spells out æ, ø and å before stripping accents', () => {
    expect(fileStem('Ålborg Kommune – Øst', 'x')).toBe('aalborg-kommune-oest');
    expect(fileStem('Bedre Borgerdialog i Ældreplejen', 'x')).toBe('bedre-borgerdialog-i-aeldreplejen');
    expect(fileStem('Café Ñandú', 'x')).toBe('cafe-nandu');
  });
  it('falls back when nothing is left and never ends in a dash', () => {
    expect(fileStem('!!!', 'rapport')).toBe('rapport');
    expect(fileStem(`${'a'.repeat(59)} b`, 'x')).toBe('a'.repeat(59));
  });
});
