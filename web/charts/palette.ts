/** Chart colours shared by the dashboard and the dialog programme, each with ≥ 3:1 contrast on white. */
export const INK = '#1b1f24';
/** The main series (participants, the unit's own figure). */
export const PRIMARY = '#124e78';
/** A series drawn for comparison next to the main one. */
export const SECONDARY = '#8a8f96';
/** Significantly higher / better. */
export const HIGHER = '#1d6b35';
/** Significantly lower / worse. */
export const LOWER = '#a4241b';

/**
 * The Okabe–Ito categorical palette (Okabe & Ito 2008, "Color Universal Design"), the one place for
 * categorical chart colours. It was designed so its eight colours stay apart for protanopes,
 * deuteranopes and tritanopes; palette.test.ts checks that with simulated colour vision. Yellow and the
 * light colours are below 3:1 on white, so a chart that draws thin marks in them must also carry the
 * information in text (a legend, a table alternative).
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** The Okabe–Ito colours in their published order, for series coloured by position. */
export const CATEGORICAL: readonly string[] = Object.values(OKABE_ITO);
