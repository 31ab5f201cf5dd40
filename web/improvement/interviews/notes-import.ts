/**
 * Reads interview notes written as plain text or Markdown. Block quotes (`> …`) become quotes, one per
 * quoted paragraph; everything else stays as notes. Quotation marks around a quote are removed, since
 * the report adds its own.
 */
export function parseNotes(text: string): { notes: string; quotes: string[] } {
  const quotes: string[] = [];
  const notes: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const quote = current
      .join(' ')
      .trim()
      .replace(/^["“”«»„]+|["“”«»„]+$/g, '')
      .trim();
    if (quote) quotes.push(quote);
    current = [];
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const match = /^\s*>\s?(.*)$/.exec(line);
    if (match) {
      if ((match[1] ?? '').trim() === '') flush();
      else current.push((match[1] ?? '').trim());
    } else {
      flush();
      notes.push(line);
    }
  }
  flush();
  return {
    notes: notes
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    quotes,
  };
}
