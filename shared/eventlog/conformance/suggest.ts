import { nameSimilarity } from './similarity.ts';

/** Below this similarity no match is suggested: the user picks by hand. */
export const SUGGEST_THRESHOLD = 0.35;

/** A candidate an item may be matched to (a journey step or actor), known by one or more names. */
export interface MatchCandidate {
  id: string;
  names: readonly string[];
}

/** The suggested candidate for one item (a log activity or resource), with its similarity. */
export interface Suggestion {
  item: string;
  candidateId: string | null;
  score: number;
}

/**
 * Suggests, for each item (an activity or resource of the log), the most similar candidate (a step
 * or actor of the journey). Several items may go to one candidate — a step is often several
 * activities in the case system. Items whose best similarity is below {@link SUGGEST_THRESHOLD} get
 * `candidateId: null` ("not part of the journey") for the user to decide. Ties go to the candidate
 * listed first (the journey's order).
 */
export function suggestMatches(
  items: readonly string[],
  candidates: readonly MatchCandidate[],
): Suggestion[] {
  return items.map((item) => {
    let best: string | null = null;
    let bestScore = 0;
    for (const c of candidates) {
      for (const name of c.names) {
        const score = nameSimilarity(name, item);
        if (score > bestScore) {
          bestScore = score;
          best = c.id;
        }
      }
    }
    const ok = best !== null && bestScore >= SUGGEST_THRESHOLD;
    return { item, candidateId: ok ? best : null, score: ok ? Math.round(bestScore * 100) / 100 : 0 };
  });
}
