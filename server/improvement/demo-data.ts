import type { AnswerCounts } from './survey-fixture.ts';

/** Demokommune's improvement cycle at Borgerservice Hovedbiblioteket, in the spirit of "Varm Velkomst". */
export const DEMO_PERIODS = {
  baseline: { start: '2026-08-03', end: '2026-08-28' },
  test: { start: '2026-09-07', end: '2026-10-02' },
};

/** What an observer typically wrote down, by category; cycled through the sessions. */
export const DEMO_OBSERVATIONS: Record<'before' | 'after', [string, string, number, number][]> = {
  before: [
    ['arrival', 'Borger står stille inden for døren og kigger rundt efter skranken', 1, 2],
    ['arrival', 'Par går først op på 1. sal og kommer tilbage', 2, 2],
    ['information', 'Borger spørger bibliotekets personale, hvor borgerservice er', 1, 1],
    ['waiting', 'Borger trækker ikke kønummer og venter forgæves ved skranken', 1, 2],
    ['self_service', 'Ældre borger opgiver pas-standeren og går i kø', 1, 2],
    ['arrival', 'Borger med barnevogn leder efter elevatoren', 2, 1],
    ['conflict', 'Højlydt utilfredshed over ventetid', 1, 3],
  ],
  after: [
    ['arrival', 'Værten går hen til borger, der kigger rundt, og følger med til skranken', 1, 1],
    ['waiting', 'Borger venter, men værten har forklaret ventetiden', 1, 1],
    ['self_service', 'Værten hjælper med standeren; borgeren klarer resten selv', 1, 1],
    ['information', 'Borger finder selv skranken via nye skilte', 1, 1],
  ],
};

export const DEMO_INTERVIEWS = [
  {
    role: 'citizen' as const,
    profession: null,
    day: '2026-08-12',
    notes:
      'Borger på vej for at forny pas. Kom ind ad hovedindgangen og vidste ikke, at borgerservice lå bagerst.',
    quotes: [
      'Jeg gik rundt i fem minutter, før jeg fandt jer.',
      'Man føler sig lidt dum, når man ikke kan finde skranken.',
    ],
  },
  {
    role: 'employee' as const,
    profession: 'HK-medarbejder',
    day: '2026-08-14',
    notes: 'Oplever, at mange borgere først når skranken efter at have spurgt bibliotekets personale.',
    quotes: ['De er allerede irriterede, når de når frem til mig.'],
  },
  {
    role: 'employee' as const,
    profession: 'Bibliotekar',
    day: '2026-08-19',
    notes: 'Bruger meget tid på at vise vej til borgerservice.',
    quotes: [
      'Vi er blevet borgerservices vejvisere, og det gør vi gerne, men vi kan ikke svare på spørgsmålene.',
    ],
  },
  {
    role: 'relative' as const,
    profession: null,
    day: '2026-08-21',
    notes: 'Datter til ældre borger, der skulle have hjælp til digital post.',
    quotes: ['Selvbetjeningen er fin for mig, men ikke for min mor.'],
  },
  {
    role: 'citizen' as const,
    profession: null,
    day: '2026-09-16',
    notes: 'Blev mødt af værten ved indgangen.',
    quotes: ['Hun så mig, før jeg nåede at spørge. Det var rart.'],
  },
  {
    role: 'employee' as const,
    profession: 'Socialrådgiver',
    day: '2026-09-23',
    notes: 'Mødet begynder roligere, når borgeren er blevet taget imod.',
    quotes: ['Samtalen starter et bedre sted, når de er blevet budt velkommen.'],
  },
];

export const DEMO_PROBLEMS = [
  { title: 'Borgerne kan ikke finde borgerservice fra indgangen', categories: ['arrival', 'information'] },
  { title: 'Ventetid uden at vide, hvad der sker', categories: ['waiting', 'conflict'] },
  { title: 'Selvbetjeningen er svær for ældre borgere', categories: ['self_service'] },
];

export const DEMO_IDEAS = [
  {
    title: 'Varm velkomst: en vært ved indgangen, der holder øje med søgende blikke',
    professions: ['HK-medarbejder', 'Bibliotekar'],
    effort: 2,
    impact: 3,
    votes: 11,
    status: 'testing' as const,
    problems: [0, 1],
  },
  {
    title: 'Flyt reolerne, så skranken kan ses fra døren',
    professions: ['Bibliotekar', 'Leder'],
    effort: 2,
    impact: 2,
    votes: 7,
    status: 'testing' as const,
    problems: [0],
  },
  {
    title: 'Piktogrammer og skilte på gulvet',
    professions: ['HK-medarbejder'],
    effort: 1,
    impact: 2,
    votes: 4,
    status: 'selected' as const,
    problems: [0],
  },
  {
    title: 'Faste hjælpetider ved selvbetjeningen',
    professions: ['HK-medarbejder', 'Socialrådgiver'],
    effort: 2,
    impact: 2,
    votes: 3,
    status: 'proposed' as const,
    problems: [2],
  },
];

/** Answer counts (value → count) per item in each period: a real but honest difference. */
export const DEMO_ANSWERS: Record<'before' | 'after', AnswerCounts> = {
  before: {
    'satisfaction.overall': { 1: 4, 2: 7, 3: 12, 4: 14, 5: 5 },
    'coherence.information': { 1: 3, 2: 8, 3: 13, 4: 12, 5: 6 },
    'coherence.respect': { 1: 1, 2: 3, 3: 9, 4: 17, 5: 12 },
  },
  after: {
    'satisfaction.overall': { 1: 1, 2: 3, 3: 8, 4: 18, 5: 14 },
    'coherence.information': { 1: 2, 2: 5, 3: 12, 4: 16, 5: 9 },
    'coherence.respect': { 1: 1, 2: 2, 3: 9, 4: 18, 5: 14 },
  },
};
