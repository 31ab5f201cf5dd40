import { builtinItem } from './item.ts';
import type { IndicatorSet } from './types.ts';

/**
 * "Psykologiske omkostninger": the psychological costs a citizen may bear when the course is not
 * coherent (stress, frustration, powerlessness). All items are negatively keyed (`reverse: true`):
 * agreeing means a worse experience.
 */
export const PSYCHCOST: IndicatorSet = {
  key: 'psychcost',
  name: { da: 'Psykologiske omkostninger', nb: 'Psykologiske kostnader', en: 'Psychological costs' },
  description: {
    da: 'Stress, frustration og afmagt, som borgeren har oplevet i forløbet med kommunen.',
    nb: 'Stress, frustrasjon og avmakt som innbyggeren har opplevd i forløpet med kommunen.',
    en: 'Stress, frustration and powerlessness the citizen experienced during the course with the municipality.',
  },
  scaleId: 'agree5',
  items: [
    builtinItem(
      'stress',
      {
        da: [
          'Jeg har oplevet stress i mit forløb med kommunen.',
          'Vi har oplevet stress i vores forløb med kommunen.',
        ],
        nb: [
          'Jeg har opplevd stress i mitt forløp med kommunen.',
          'Vi har opplevd stress i vårt forløp med kommunen.',
        ],
        en: [
          'I have experienced stress during my course with the municipality.',
          'We have experienced stress during our course with the municipality.',
        ],
      },
      true,
    ),
    builtinItem(
      'frustration',
      {
        da: [
          'Jeg har oplevet frustration i mit forløb med kommunen.',
          'Vi har oplevet frustration i vores forløb med kommunen.',
        ],
        nb: [
          'Jeg har opplevd frustrasjon i mitt forløp med kommunen.',
          'Vi har opplevd frustrasjon i vårt forløp med kommunen.',
        ],
        en: [
          'I have experienced frustration during my course with the municipality.',
          'We have experienced frustration during our course with the municipality.',
        ],
      },
      true,
    ),
    builtinItem(
      'powerlessness',
      {
        da: [
          'Jeg har oplevet afmagt i mit forløb med kommunen.',
          'Vi har oplevet afmagt i vores forløb med kommunen.',
        ],
        nb: [
          'Jeg har opplevd avmakt i mitt forløp med kommunen.',
          'Vi har opplevd avmakt i vårt forløp med kommunen.',
        ],
        en: [
          'I have felt powerless during my course with the municipality.',
          'We have felt powerless during our course with the municipality.',
        ],
      },
      true,
    ),
  ],
};
