/**
 * Size limits shared by the zod schemas, the JSON import and the HTTP API. They exist so that a
 * hand-edited or hostile import cannot make the browser or the server do unbounded work.
 */
export const LIMITS = {
  /** Longest accepted JSON import, in characters (checked before `JSON.parse`). */
  jsonChars: 5_000_000,
  steps: 2_000,
  actors: 300,
  stages: 100,
  idChars: 64,
  titleChars: 200,
  labelChars: 200,
  /** Persona, situation, step descriptions and assessment answers. */
  textChars: 4_000,
  /** Pain points, opportunities and tags per step. */
  listItems: 50,
  listItemChars: 500,
  tagChars: 50,
  /** Reported validation issues; more are cut off so the list stays readable. */
  issues: 100,
} as const;

/**
 * All durations in the model are whole minutes (active contact time and waiting time alike), so that
 * sums never mix units. A working day of waiting is still entered as calendar days × this constant.
 */
export const MINUTES_PER_DAY = 24 * 60;

/** Minutes in `days` calendar days; a small helper for data entry and demo data. */
export function days(count: number): number {
  return Math.round(count * MINUTES_PER_DAY);
}
