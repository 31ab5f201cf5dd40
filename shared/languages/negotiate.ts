/**
 * Picks the best of a survey's languages for an Accept-Language header (RFC 4647 lookup): an exact
 * tag first, then the header tag's prefixes (`ar-EG` → `ar`), then an offered tag with the same
 * primary language. Norwegian `no` reads as bokmål. Easy-read tags are never guessed: a citizen
 * chooses easy-read, no browser asks for it. Returns null when nothing matches.
 */
export function negotiateLanguage(
  header: string | undefined | null,
  offered: readonly string[],
): string | null {
  if (!header) return null;
  const lower = new Map(offered.map((o) => [o.toLowerCase(), o]));
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((r) => r.q > 0 && r.tag && r.tag !== '*')
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const wanted = tag === 'no' || tag.startsWith('no-') ? `nb${tag.slice(2)}` : tag;
    const parts = wanted.split('-');
    for (let n = parts.length; n > 0; n -= 1) {
      const hit = lower.get(parts.slice(0, n).join('-'));
      if (hit) return hit;
    }
    const primary = parts[0];
    const same = offered.find((o) => !o.includes('-x-') && o.split('-')[0]?.toLowerCase() === primary);
    if (same) return same;
  }
  return null;
}
