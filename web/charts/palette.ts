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
