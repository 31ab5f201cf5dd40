import { builtinItem } from './item.ts';
import type { IndicatorSet } from './types.ts';

/** One overall satisfaction item on the Danish BTU 5-point satisfaction scale. */
export const SATISFACTION: IndicatorSet = {
  key: 'satisfaction',
  name: { da: 'Samlet tilfredshed', nb: 'Samlet tilfredshet', en: 'Overall satisfaction' },
  description: {
    da: 'Borgerens samlede tilfredshed med forløbet.',
    nb: 'Innbyggerens samlede tilfredshet med forløpet.',
    en: "The citizen's overall satisfaction with the course.",
  },
  scaleId: 'satisfaction5',
  items: [
    builtinItem('overall', {
      da: [
        'Hvor tilfreds er du samlet set med dit forløb med kommunen?',
        'Hvor tilfredse er I samlet set med jeres forløb med kommunen?',
      ],
      nb: [
        'Hvor fornøyd er du alt i alt med ditt forløp med kommunen?',
        'Hvor fornøyde er dere alt i alt med deres forløp med kommunen?',
      ],
      en: [
        'Overall, how satisfied are you with your course with the municipality?',
        'Overall, how satisfied are you (as a family or household) with your course with the municipality?',
      ],
    }),
  ],
};
