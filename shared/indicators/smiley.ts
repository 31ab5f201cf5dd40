import type { LocalizedText } from './types.ts';

/** The four faces of a smiley terminal. There is deliberately no neutral face. */
export const SMILEY_FACES = ['very_happy', 'happy', 'unhappy', 'very_unhappy'] as const;
export type SmileyFace = (typeof SMILEY_FACES)[number];

export const SMILEY_LABELS: Readonly<Record<SmileyFace, LocalizedText>> = {
  very_happy: { da: 'Meget tilfreds', nb: 'Svært fornøyd', en: 'Very happy' },
  happy: { da: 'Tilfreds', nb: 'Fornøyd', en: 'Happy' },
  unhappy: { da: 'Utilfreds', nb: 'Misfornøyd', en: 'Unhappy' },
  very_unhappy: { da: 'Meget utilfreds', nb: 'Svært misfornøyd', en: 'Very unhappy' },
};

/**
 * Points per face on the 0–100 index: the faces are equally spaced, so very happy = 100,
 * happy = 200/3 ≈ 66.7, unhappy = 100/3 ≈ 33.3, very unhappy = 0.
 */
export const SMILEY_POINTS: Readonly<Record<SmileyFace, number>> = {
  very_happy: 100,
  happy: 200 / 3,
  unhappy: 100 / 3,
  very_unhappy: 0,
};

export type SmileyCounts = Record<SmileyFace, number>;

export interface SmileySummary {
  counts: SmileyCounts;
  total: number;
  /** (very happy + happy) / total; null when there are no presses. */
  positiveShare: number | null;
  /**
   * Mean of the face points: (100·vh + 66.7·h + 33.3·u + 0·vu) / total, i.e.
   * 100 · (3·vh + 2·h + 1·u) / (3·total). Null when there are no presses.
   */
  index: number | null;
}

/** Counts presses per face. */
export function countFaces(faces: Iterable<SmileyFace>): SmileyCounts {
  const counts: SmileyCounts = { very_happy: 0, happy: 0, unhappy: 0, very_unhappy: 0 };
  for (const face of faces) counts[face] += 1;
  return counts;
}

/** Summary of smiley presses: counts, positive share and the 0–100 index (see `SMILEY_POINTS`). */
export function summariseSmiley(input: Iterable<SmileyFace> | SmileyCounts): SmileySummary {
  const counts = isCounts(input) ? { ...input } : countFaces(input);
  const total = counts.very_happy + counts.happy + counts.unhappy + counts.very_unhappy;
  if (total === 0) return { counts, total, positiveShare: null, index: null };
  // Integer weights 3/2/1/0 keep the sum exact; divide once at the end.
  const weighted = 3 * counts.very_happy + 2 * counts.happy + counts.unhappy;
  return {
    counts,
    total,
    positiveShare: (counts.very_happy + counts.happy) / total,
    index: (100 * weighted) / (3 * total),
  };
}

function isCounts(input: Iterable<SmileyFace> | SmileyCounts): input is SmileyCounts {
  return !(Symbol.iterator in input);
}

/** The two unhappy faces. */
export const UNHAPPY_FACES: readonly SmileyFace[] = ['unhappy', 'very_unhappy'];

/** True for the two unhappy faces. */
export function isUnhappy(face: SmileyFace): boolean {
  return UNHAPPY_FACES.includes(face);
}
