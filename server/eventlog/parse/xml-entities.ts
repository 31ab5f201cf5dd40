const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * An attribute value as XML 1.0 defines it (§3.3.3): line ends become one space, tabs and newlines
 * become spaces, then the five predefined entities and character references are replaced (a
 * character reference keeps the character it names, even white space). Returns undefined for an
 * unknown or unterminated entity. The fast path, a value with none of `&`, tab, CR or LF, is the
 * raw text itself.
 */
export function decodeAttributeValue(raw: string): string | undefined {
  if (!needsWork(raw)) return raw;
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const c = raw.charCodeAt(i);
    if (c === 0x0d) {
      out += ' ';
      i += raw.charCodeAt(i + 1) === 0x0a ? 2 : 1;
    } else if (c === 0x0a || c === 0x09) {
      out += ' ';
      i++;
    } else if (c === 0x26) {
      const semi = raw.indexOf(';', i + 1);
      if (semi < 0) return undefined;
      const decoded = entity(raw.slice(i + 1, semi));
      if (decoded === undefined) return undefined;
      out += decoded;
      i = semi + 1;
    } else {
      const next = nextSpecial(raw, i);
      out += raw.slice(i, next);
      i = next;
    }
  }
  return out;
}

function needsWork(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x26 || c === 0x0d || c === 0x0a || c === 0x09) return true;
  }
  return false;
}

function nextSpecial(raw: string, from: number): number {
  for (let i = from; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x26 || c === 0x0d || c === 0x0a || c === 0x09) return i;
  }
  return raw.length;
}

function entity(name: string): string | undefined {
  if (name.startsWith('#x')) return codePoint(name.slice(2), 16, /^[0-9a-fA-F]+$/);
  if (name.startsWith('#')) return codePoint(name.slice(1), 10, /^[0-9]+$/);
  return NAMED[name];
}

function codePoint(digits: string, radix: number, shape: RegExp): string | undefined {
  if (!shape.test(digits)) return undefined;
  const cp = Number.parseInt(digits, radix);
  // XML's Char production: no NUL, no other C0 controls but tab/LF/CR, no surrogates, ≤ U+10FFFF.
  const allowed =
    cp === 0x09 ||
    cp === 0x0a ||
    cp === 0x0d ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff);
  return allowed ? String.fromCodePoint(cp) : undefined;
}
