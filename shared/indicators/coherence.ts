import { builtinItem } from './item.ts';
import type { IndicatorSet } from './types.ts';

/**
 * "Borgeroplevet sammenhæng": six validated performance indicators for the citizen's experience of a
 * coherent course with the municipality. Norwegian wording follows the published Norwegian version
 * (seed 004); Danish is the original; English is our translation.
 */
export const COHERENCE: IndicatorSet = {
  key: 'coherence',
  name: {
    da: 'Borgeroplevet sammenhæng',
    nb: 'Borgeropplevd sammenheng',
    en: 'Citizen-experienced coherence',
  },
  description: {
    da: 'Hvordan borgeren oplever, at kommunens medarbejdere sikrer et sammenhængende forløb.',
    nb: 'Hvordan innbyggeren opplever at kommunens medarbeidere sikrer et sammenhengende forløp.',
    en: 'How citizens experience that municipal staff ensure a coherent course for them.',
  },
  scaleId: 'agree5',
  items: [
    builtinItem('solutions', {
      da: [
        'Kommunens medarbejdere gør deres bedste for at finde løsninger på mine udfordringer.',
        'Kommunens medarbejdere gør deres bedste for at finde løsninger på vores udfordringer.',
      ],
      nb: [
        'Kommunens medarbeidere gjør sitt beste for å finne løsninger på mine utfordringer.',
        'Kommunens medarbeidere gjør sitt beste for å finne løsninger på våre utfordringer.',
      ],
      en: [
        'Municipal staff do their best to find solutions to my challenges.',
        'Municipal staff do their best to find solutions to our challenges.',
      ],
    }),
    builtinItem('involvement', {
      da: [
        'Kommunens medarbejdere inddrager mig i beslutninger vedrørende min sag.',
        'Kommunens medarbejdere inddrager os i beslutninger vedrørende vores sag.',
      ],
      nb: [
        'Kommunens medarbeidere involverer meg i beslutninger vedrørende min sak.',
        'Kommunens medarbeidere involverer oss i beslutninger vedrørende vår sak.',
      ],
      en: [
        'Municipal staff involve me in decisions about my case.',
        'Municipal staff involve us in decisions about our case.',
      ],
    }),
    builtinItem('information', {
      da: [
        'Kommunens medarbejdere sikrer, at jeg får den nødvendige information om min sag.',
        'Kommunens medarbejdere sikrer, at vi får den nødvendige information om vores sag.',
      ],
      nb: [
        'Kommunens medarbeidere sikrer at jeg får nødvendig informasjon om min sak.',
        'Kommunens medarbeidere sikrer at vi får nødvendig informasjon om vår sak.',
      ],
      en: [
        'Municipal staff ensure that I get the necessary information about my case.',
        'Municipal staff ensure that we get the necessary information about our case.',
      ],
    }),
    builtinItem('language', {
      da: [
        'Kommunens medarbejdere bruger et sprog, jeg forstår.',
        'Kommunens medarbejdere bruger et sprog, vi forstår.',
      ],
      nb: [
        'Kommunens medarbeidere bruker et språk jeg forstår.',
        'Kommunens medarbeidere bruker et språk vi forstår.',
      ],
      en: ['Municipal staff use a language I understand.', 'Municipal staff use a language we understand.'],
    }),
    builtinItem('cooperation', {
      da: [
        'Kommunens medarbejdere bidrager til at sikre et godt samarbejde vedrørende min sag.',
        'Kommunens medarbejdere bidrager til at sikre et godt samarbejde vedrørende vores sag.',
      ],
      nb: [
        'Kommunens medarbeidere bidrar til å sikre et godt samarbeid vedrørende min sak.',
        'Kommunens medarbeidere bidrar til å sikre et godt samarbeid vedrørende vår sak.',
      ],
      en: [
        'Municipal staff help ensure good cooperation about my case.',
        'Municipal staff help ensure good cooperation about our case.',
      ],
    }),
    builtinItem('respect', {
      da: [
        'Kommunens medarbejdere er gode til at forstå og respektere mine ønsker og behov.',
        'Kommunens medarbejdere er gode til at forstå og respektere vores ønsker og behov.',
      ],
      nb: [
        'Kommunens medarbeidere er gode til å forstå og respektere mine ønsker og behov.',
        'Kommunens medarbeidere er gode til å forstå og respektere våre ønsker og behov.',
      ],
      en: [
        'Municipal staff are good at understanding and respecting my wishes and needs.',
        'Municipal staff are good at understanding and respecting our wishes and needs.',
      ],
    }),
  ],
};
