/**
 * Files offered to the user from the browser: one way to start a download and one way to name the file,
 * for every export in the app (journey drawings, charts, reports).
 */

/** Starts a download of `href` (a data: or blob: URL) under `filename`. */
export function downloadHref(href: string, filename: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
}

/** Offers `blob` (or text of the given type) as a download named `filename`. */
export function downloadBlob(
  content: Blob | string,
  filename: string,
  type = 'text/plain;charset=utf-8',
): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  downloadHref(url, filename);
  // Revoke on the next tick: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A file name from a title: lower case, ASCII letters and digits, dashes, at most 60 characters.
 * Danish and Norwegian letters are spelt out before accents are dropped ("Ålborg" → "aalborg", "Ñandú" → "nandu").
 */
export function fileStem(title: string, fallback: string): string {
  return (
    title
      .toLocaleLowerCase('da')
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || fallback
  );
}
