import { describe, expect, it } from 'vitest';
import {
  AGREE5,
  AGREE6,
  BUILTIN_ITEM_IDS,
  BUILTIN_SETS,
  findItem,
  getIndicatorSet,
  isPositive,
  LOCALES,
  orientedValue,
  SATISFACTION5,
  scaleForSet,
  wording,
} from './index.ts';

describe('indicator library', () => {
  const coherence = getIndicatorSet('coherence');

  it('has the six coherence items in the published order', () => {
    expect(coherence.items.map((i) => i.key)).toEqual([
      'solutions',
      'involvement',
      'information',
      'language',
      'cooperation',
      'respect',
    ]);
  });

  it('uses the Norwegian wording of the published indicators (seed 004), singular and plural', () => {
    // Seed 004 writes "mine/våre", "meg/oss", "min/vår", "jeg/vi"; we split the slashes into two forms.
    const seed = [
      'Kommunens medarbeidere gjør sitt beste for å finne løsninger på mine/våre utfordringer.',
      'Kommunens medarbeidere involverer meg/oss i beslutninger vedrørende min/vår sak.',
      'Kommunens medarbeidere sikrer at jeg/vi får nødvendig informasjon om min/vår sak.',
      'Kommunens medarbeidere bruker et språk jeg/vi forstår.',
      'Kommunens medarbeidere bidrar til å sikre et godt samarbeid vedrørende min/vår sak.',
      'Kommunens medarbeidere er gode til å forstå og respektere mine/våre ønsker og behov.',
    ];
    const pick = (s: string, side: 0 | 1) => s.replace(/(\p{L}+)\/(\p{L}+)/gu, (_m, a, b) => (side ? b : a));
    coherence.items.forEach((item, i) => {
      const text = seed[i] ?? '';
      expect(wording(item, 'nb', false)).toBe(pick(text, 0));
      expect(wording(item, 'nb', true)).toBe(pick(text, 1));
    });
  });

  it('has Danish singular mig/min and plural os/vores forms', () => {
    const involvement = coherence.items[1];
    expect(involvement && wording(involvement, 'da')).toContain(
      'inddrager mig i beslutninger vedrørende min sag',
    );
    expect(involvement && wording(involvement, 'da', true)).toContain(
      'inddrager os i beslutninger vedrørende vores sag',
    );
    expect(involvement && wording(involvement, 'en', true)).toBe(
      'Municipal staff involve us in decisions about our case.',
    );
  });

  it('has non-empty text in every locale and form, and distinct plural forms for coherence', () => {
    for (const set of BUILTIN_SETS) {
      for (const item of set.items) {
        expect(item.locked).toBe(true);
        for (const locale of LOCALES) {
          expect(wording(item, locale).length).toBeGreaterThan(10);
          expect(wording(item, locale, true).length).toBeGreaterThan(10);
        }
      }
    }
    for (const item of coherence.items) expect(wording(item, 'da')).not.toBe(wording(item, 'da', true));
  });

  it('marks psychological-cost items as reverse keyed, including powerlessness (afmagt/avmakt)', () => {
    const psych = getIndicatorSet('psychcost');
    expect(psych.items.every((i) => i.reverse)).toBe(true);
    expect(psych.items.map((i) => i.key)).toEqual(['stress', 'frustration', 'powerlessness']);
    expect(psych.items[2] && wording(psych.items[2], 'da')).toContain('afmagt');
    expect(psych.items[2] && wording(psych.items[2], 'nb')).toContain('avmakt');
    expect(coherence.items.some((i) => i.reverse)).toBe(false);
  });

  it('finds items by global id and keeps ids unique', () => {
    expect(findItem('coherence.language')?.item.key).toBe('language');
    expect(findItem('coherence.nope')).toBeUndefined();
    expect(BUILTIN_ITEM_IDS.size).toBe(10);
  });
});

describe('scales', () => {
  it('defines the 5-point agreement, 1–6 and BTU satisfaction scales with top-2-box thresholds', () => {
    expect(AGREE5.points.map((p) => p.label.da)).toEqual([
      'Helt enig',
      'Delvis enig',
      'Hverken enig eller uenig',
      'Delvis uenig',
      'Helt uenig',
    ]);
    expect(AGREE5.dontKnow.da).toBe('Ved ikke / ikke relevant');
    expect(AGREE6.points.map((p) => p.value)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(SATISFACTION5.points[0]?.label.da).toBe('Meget tilfreds');
    expect(SATISFACTION5.points[4]?.label.da).toBe('Meget utilfreds');
    expect([1, 2, 3, 4, 5].filter((v) => isPositive(AGREE5, v))).toEqual([4, 5]);
    expect([1, 2, 3, 4, 5, 6].filter((v) => isPositive(AGREE6, v))).toEqual([5, 6]);
  });

  it('mirrors reverse-keyed values', () => {
    expect(orientedValue(AGREE5, 5, true)).toBe(1);
    expect(orientedValue(AGREE6, 2, true)).toBe(5);
    expect(orientedValue(AGREE5, 4, false)).toBe(4);
  });

  it('lets a survey override the agreement scale but never the satisfaction scale', () => {
    expect(scaleForSet(getIndicatorSet('coherence'), 'agree6').id).toBe('agree6');
    expect(scaleForSet(getIndicatorSet('coherence')).id).toBe('agree5');
    expect(scaleForSet(getIndicatorSet('satisfaction'), 'agree6').id).toBe('satisfaction5');
  });
});
