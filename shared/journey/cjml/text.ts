/**
 * Whether a UTF-16 code unit at `i` can stand in XML 1.0: not a C0 control other than tab, newline
 * and carriage return, not U+FFFE/U+FFFF, not a lone surrogate. Such characters are dropped on
 * export, because a file with them is not XML at all. (A loop, not a regex: the linter rightly
 * refuses control characters in regular expressions.)
 */
function xmlSafe(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x20) return c === 0x09 || c === 0x0a || c === 0x0d;
  if (c === 0xfffe || c === 0xffff) return false;
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff;
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const previous = text.charCodeAt(i - 1);
    return previous >= 0xd800 && previous <= 0xdbff;
  }
  return true;
}

function stripNonXml(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) if (xmlSafe(text, i)) out += text[i];
  return out;
}

/**
 * Text as it comes back from an XML file: without the characters XML cannot carry, line breaks as a
 * parser reports them (CR LF and CR become LF), trimmed as Borgerblik's schema trims.
 */
export function xmlText(value: string): string {
  return stripNonXml(value).replace(/\r\n?/g, '\n').trim();
}

/** Whole minutes as an ISO 8601 duration, the type CJML's duration fields use: 1,530 → `P1DT1H30M`. */
export function minutesToDuration(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const time = `${hours ? `${hours}H` : ''}${rest ? `${rest}M` : ''}`;
  if (!days && !time) return 'PT0M';
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * An ISO 8601 duration (weeks, days, hours, minutes, seconds; no years or months, whose length
 * varies) as whole minutes, rounded; undefined when it is not such a duration.
 */
export function durationToMinutes(text: string): number | undefined {
  const match = DURATION.exec(text.trim());
  if (!match || text.trim() === 'P' || text.trim().endsWith('T')) return undefined;
  const [, w, d, h, m, s] = match.map((part) => (part === undefined ? 0 : Number(part)));
  return Math.round((w ?? 0) * 10080 + (d ?? 0) * 1440 + (h ?? 0) * 60 + (m ?? 0) + (s ?? 0) / 60);
}
