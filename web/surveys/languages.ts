/**
 * A survey's languages after ticking or unticking one: in the catalogue's order (the built-in languages
 * first, then the municipality's own), keeping a chosen language the catalogue no longer lists.
 */
export function toggleLanguage(
  offered: readonly string[],
  chosen: readonly string[],
  tag: string,
  on: boolean,
) {
  const next = new Set(chosen);
  if (on) next.add(tag);
  else next.delete(tag);
  return [
    ...offered.filter((l) => next.has(l)),
    ...chosen.filter((l) => !offered.includes(l) && next.has(l)),
  ];
}
