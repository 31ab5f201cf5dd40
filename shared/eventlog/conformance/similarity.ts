/**
 * Name matching between a journey's steps and a log's activities. Names differ in case, accents,
 * punctuation and word order ("Modtag ansøgning" vs "A_RECEIVED application"), so we compare
 * normalised character bigrams (Sørensen–Dice) over the words, which tolerates both reordering and
 * small spelling differences. Hand-written: the comparison is a dozen lines and the kept libraries
 * offer none; a fuzzy-search dependency would add far more than it saves.
 */

/** Lower-cased, accents folded (æ→ae, ø→oe, å→aa as in Danish/Norwegian transliteration), punctuation to spaces. */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (const word of text.split(' ')) {
    const padded = ` ${word} `;
    for (let i = 0; i < padded.length - 1; i++) {
      const g = padded.slice(i, i + 2);
      grams.set(g, (grams.get(g) ?? 0) + 1);
    }
  }
  return grams;
}

/** Similarity 0…1 of two names after {@link normaliseName} (1 = the same normalised name). */
export function nameSimilarity(a: string, b: string): number {
  const na = normaliseName(a);
  const nb = normaliseName(b);
  if (na === '' || nb === '') return 0;
  if (na === nb) return 1;
  const ga = bigrams(na);
  const gb = bigrams(nb);
  let shared = 0;
  let total = 0;
  for (const [g, n] of ga) {
    shared += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}
