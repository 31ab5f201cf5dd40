import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withFnrControlDigits } from './identifiers.ts';
import { screenText } from './screen.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(''));

/** A valid DDMMYY (28 days in every month keeps it valid in any year). */
const ddmmyy = fc
  .record({
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    year: fc.integer({ min: 0, max: 99 }),
  })
  .map(({ day, month, year }) => ({ day, text: `${pad(day)}${pad(month)}${pad(year)}` }));

const cpr = fc
  .tuple(ddmmyy, digits(4), fc.constantFrom('', '-', ' '))
  .map(([date, serial, sep]) => `${date.text}${sep}${serial}`);

/** Classic fødselsnummer or D-number (day + 40), optionally with a space after the date. */
const fnr = fc
  .tuple(ddmmyy, digits(3), fc.boolean(), fc.constantFrom('', ' '))
  .map(([date, individual, dNumber, sep]) => {
    const dateText = dNumber ? `${pad(date.day + 40)}${date.text.slice(2)}` : date.text;
    const full = withFnrControlDigits(dateText + individual);
    return full && `${full.slice(0, 6)}${sep}${full.slice(6)}`;
  })
  .filter((s): s is string => s !== undefined);

const phone = fc
  .tuple(
    fc.integer({ min: 2, max: 9 }),
    digits(7),
    fc.constantFrom('', '+45 ', '0045 ', '+45', '(+45) ', '+47 ', '0047'),
    fc.constantFrom('plain', 'pairs', 'no323', 'fours'),
    fc.constantFrom(' ', '-', '.'),
  )
  .map(([first, rest, prefix, grouping, sep]) => {
    const n = `${first}${rest}`;
    const grouped: Record<string, string> = {
      plain: n,
      pairs: [n.slice(0, 2), n.slice(2, 4), n.slice(4, 6), n.slice(6)].join(sep),
      no323: `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
      // Unprefixed 4+4 starting with 20 is treated as "year + number" on purpose; give it a prefix.
      fours: `${n.startsWith('20') && prefix === '' ? '+45 ' : ''}${n.slice(0, 4)} ${n.slice(4)}`,
    };
    return `${prefix}${grouped[grouping]}`;
  });

/** Danish and Norwegian numbers in every grouping, with and without each country prefix. */
const nordicPhone = fc
  .tuple(
    fc.integer({ min: 2, max: 9 }),
    digits(7),
    fc.constantFrom('', '+45 ', '0045 ', '+45', '0045', '+47 ', '0047 ', '+47', '0047', '(+47) '),
    fc.constantFrom('plain', 'pairs', 'no323', 'fours'),
  )
  .map(([first, rest, prefix, grouping]) => {
    const n = `${first}${rest}`;
    const grouped: Record<string, string> = {
      plain: n,
      pairs: [n.slice(0, 2), n.slice(2, 4), n.slice(4, 6), n.slice(6)].join(' '),
      no323: `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
      fours: `${n.startsWith('20') && prefix === '' ? '+47 ' : ''}${n.slice(0, 4)} ${n.slice(4)}`,
    };
    return `${prefix}${grouped[grouping]}`;
  });

/** Numbers that people write right after a phone number: year, postcode, time, date, count, amount. */
const followingNumber = fc
  .record({
    kind: fc.constantFrom('year', 'postcode', 'time', 'date', 'isoDate', 'count', 'amount', 'pair'),
    n: fc.integer({ min: 0, max: 9999 }),
    d: fc.integer({ min: 1, max: 28 }),
    m: fc.integer({ min: 1, max: 12 }),
  })
  .map(({ kind, n, d, m }) => {
    const byKind: Record<string, string> = {
      year: String(1950 + (n % 100)),
      postcode: `${pad(n, 4)} Oslo`,
      time: `${pad(n % 24)}:${pad(n % 60)}`,
      date: `${pad(d)}.${pad(m)}.${2000 + (n % 30)}`,
      isoDate: `${2000 + (n % 30)}-${pad(m)}-${pad(d)}`,
      count: String(n % 50),
      amount: `${n},${pad(n % 100)} kr`,
      pair: pad(n % 100),
    };
    return byKind[kind] ?? '';
  });

/** Arbitrary text without ASCII digits, so it cannot extend an embedded number. */
const filler = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/\d/g, ''));

const embed = (needle: fc.Arbitrary<string>) =>
  fc
    .tuple(filler, needle, filler)
    .map(([before, n, after]) => ({ needle: n, text: `${before} ${n} ${after}` }));

describe('screening properties', () => {
  it('always removes generated CPR numbers', () => {
    fc.assert(
      fc.property(embed(cpr), ({ needle, text }) => {
        const r = screenText(text);
        expect(r.text).not.toContain(needle);
        expect(r.found.cpr).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('always removes generated fødselsnummer and D-numbers', () => {
    fc.assert(
      fc.property(embed(fnr), ({ needle, text }) => {
        const r = screenText(text, 'nb');
        expect(r.text).not.toContain(needle);
        expect(r.found.fnr).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('always removes generated phone numbers', () => {
    fc.assert(
      fc.property(embed(phone), ({ needle, text }) => {
        const r = screenText(text);
        expect(r.text).not.toContain(needle.replace(/^\D+/, ''));
        expect(r.found.phone).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('removes a phone number whatever number follows it (Danish and Norwegian, with and without prefix)', () => {
    fc.assert(
      fc.property(
        filler,
        nordicPhone,
        fc.constantFrom(' ', '-', ' kl. ', ' / '),
        followingNumber,
        (before, needle, joiner, following) => {
          const r = screenText(`${before} ${needle}${joiner}${following} tak`);
          expect(r.text).not.toContain(needle.replace(/^\D+/, ''));
          expect(r.found.phone).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('removes a phone number whatever number precedes it', () => {
    fc.assert(
      fc.property(
        followingNumber,
        fc.constantFrom(' ', ' - ', ' kl. '),
        nordicPhone,
        (leading, joiner, needle) => {
          const r = screenText(`${leading}${joiner}${needle} tak`);
          expect(r.text).not.toContain(needle.replace(/^\D+/, ''));
          expect(r.found.phone).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('always removes generated e-mail addresses', () => {
    fc.assert(
      fc.property(embed(fc.emailAddress()), ({ needle, text }) => {
        const r = screenText(text, 'en');
        expect(r.text).not.toContain(needle);
        expect(r.found.email).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  const thousands = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const amount = fc
    .tuple(
      fc.integer({ min: 0, max: 999_999_999 }),
      fc.constantFrom('.', ' ', ''),
      fc.boolean(),
      fc.constantFrom('kr. ', 'NOK ', ''),
    )
    .map(([n, sep, decimals, currency]) => {
      // Ungrouped amounts above 7 digits are indistinguishable from phone numbers; people group those.
      const body = sep === '' && n >= 10_000_000 ? thousands(n, '.') : thousands(n, sep);
      return `${currency}${body}${decimals ? `,${pad(n % 100)}` : ''}`;
    });
  const date = fc
    .record({
      d: fc.integer({ min: 1, max: 31 }),
      m: fc.integer({ min: 1, max: 12 }),
      y: fc.integer({ min: 1900, max: 2099 }),
      h: fc.integer({ min: 0, max: 23 }),
      min: fc.integer({ min: 0, max: 59 }),
      style: fc.constantFrom('dk', 'iso', 'dot', 'slash', 'time', 'timerange', 'year', 'postal', 'six'),
    })
    .map(({ d, m, y, h, min, style }) => {
      const byStyle: Record<string, string> = {
        dk: `${pad(d)}-${pad(m)}-${y}`,
        iso: `${y}-${pad(m)}-${pad(d)}`,
        dot: `${d}.${m}.${y}`,
        slash: `${pad(d)}/${pad(m)}/${y}`,
        time: `kl. ${pad(h)}:${pad(min)}`,
        timerange: `${pad(h)}.${pad(min)}-${pad((h + 1) % 24)}.${pad(min)}`,
        year: `${y}`,
        postal: `${pad(d * 300 + m, 4)} By`,
        six: `${pad(d * 30_000 + m * 1000 + (y % 1000), 6)}`,
      };
      return byStyle[style] ?? '';
    });

  it('never changes amounts, dates, times, years, postal codes or 6-digit numbers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(amount, date), filler), { minLength: 1, maxLength: 5 }),
        (parts) => {
          const text = parts.map(([value, words]) => `${value} ${words} `).join('');
          const r = screenText(text);
          expect(r.found).toEqual({ cpr: 0, fnr: 0, email: 0, phone: 0 });
          expect(r.text).toBe(text);
        },
      ),
    );
  });

  it('is idempotent on arbitrary text and on text full of identifiers', () => {
    const noisy = fc.array(
      fc.oneof(fc.string({ maxLength: 20 }), cpr, fnr, phone, fc.emailAddress(), digits(8)),
      {
        maxLength: 8,
      },
    );
    fc.assert(
      fc.property(
        noisy,
        fc.constantFrom('', ' ', '-', '.'),
        fc.constantFrom('da', 'nb', 'en'),
        (parts, joiner, locale) => {
          const once = screenText(parts.join(joiner), locale).text;
          expect(screenText(once, locale).text).toBe(once);
        },
      ),
      { numRuns: 500 },
    );
  });
});
