import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { eventlogDa } from '../../web/eventlog/i18n/da.ts';
import { eventlogNb } from '../../web/eventlog/i18n/nb.ts';
import { EventLogParseError } from '../eventlog/parse/errors.ts';
import { CliUsageError } from './args.ts';
import { parseErrorText, usageErrorText } from './error-text.ts';
import { formatDuration } from './format.ts';
import { cliMessages, cliText } from './i18n.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const flat = (lang: 'da' | 'nb' | 'en') => {
  const { parseError, ...rest } = cliMessages[lang];
  return { ...rest, ...parseError } as Record<string, string>;
};

describe('CLI dictionaries', () => {
  it('use the same placeholders in every language', () => {
    const en = flat('en');
    for (const lang of ['da', 'nb'] as const) {
      for (const [key, text] of Object.entries(flat(lang))) {
        expect({ key, p: placeholders(text) }).toEqual({ key, p: placeholders(en[key] ?? '') });
      }
    }
  });

  it('name the figures as the web event-log pages do', () => {
    const web = { da: eventlogDa, nb: eventlogNb };
    for (const lang of ['da', 'nb'] as const) {
      const m = cliMessages[lang];
      const w = web[lang];
      expect(m.colFrom).toBe(w['eventlog.matrix.col.from']);
      expect(m.colTo).toBe(w['eventlog.matrix.col.to']);
      expect(m.colCount).toBe(w['eventlog.matrix.col.count']);
      expect(m.colShare).toBe(w['eventlog.matrix.col.relative']);
      expect(m.colWaitMedian).toBe(w['eventlog.matrix.col.medianWaitMs']);
      expect(m.colWaitP90).toBe(w['eventlog.matrix.col.p90WaitMs']);
      expect(m.colCases).toBe(w['eventlog.variants.col.cases']);
      expect(m.colDurationMedian).toBe(w['eventlog.variants.col.duration']);
      expect(m.colActors).toBe(w['eventlog.variants.col.actors']);
      expect(m.noActor).toBe(w['eventlog.noActor']);
      expect(m.byResource).toBe(w['eventlog.filters.byResource'].toLowerCase());
      expect(m.byGroup).toBe(w['eventlog.filters.byGroup'].toLowerCase());
      expect(m.topVariants.startsWith(w['eventlog.variants.title'])).toBe(true);
      expect(w['eventlog.matrix.totals']).toContain(m.pairs);
      expect(w['eventlog.matrix.totals']).toContain(m.selfHandovers);
      expect(w['eventlog.variants.intro']).toContain(m.variants);
      expect(m.handoversPerCase).toContain(w['eventlog.experience.distribution']);
    }
  });
});

describe('locale formatting', () => {
  it('formats numbers and shares per language', () => {
    expect([cliText('da').num(7143), cliText('da').num(1.5), cliText('da').pct(180 / 7143)]).toEqual([
      '7.143',
      '1,5',
      '2,5\u00a0%',
    ]);
    expect([cliText('nb').num(7143), cliText('en').num(7143), cliText('en').pct(0.0252)]).toEqual([
      '7\u00a0143',
      '7,143',
      '2.5%',
    ]);
  });

  it('writes durations with the language’s units', () => {
    const ms = [42_000, 312_000, (5 * 60 + 12) * 60_000, (76 * 60 + 5) * 60_000];
    expect(ms.map((x) => formatDuration(x, cliText('en')))).toEqual(['42s', '5m 12s', '5h 12m', '3d 4h']);
    expect(ms.map((x) => formatDuration(x, cliText('da')))).toEqual([
      '42 sek.',
      '5 min. 12 sek.',
      '5 t. 12 min.',
      '3 dage 4 t.',
    ]);
    expect(formatDuration((1200 * 24 + 1) * 3_600_000, cliText('da'))).toBe('1.200 dage 1 t.');
    expect(formatDuration(null, cliText('nb'))).toBe('–');
  });
});

describe('error texts', () => {
  it('localises a parse error with its location, and keeps the English message when a value is missing', () => {
    const bad = new EventLogParseError(
      { code: 'CSV_FIELD_COUNT', line: 1234, params: { expected: 5, actual: 4 } },
      'Expected 5 fields, found 4',
    );
    expect(parseErrorText(bad, cliText('da'))).toBe(
      'Rækken har 4 felter, men overskriften har 5 (linje 1.234)',
    );
    expect(parseErrorText(bad, cliText('nb'))).toBe(
      'Raden har 4 felt, men overskriften har 5 (linje 1\u00a0234)',
    );
    const bare = new EventLogParseError({ code: 'GZIP_CORRUPT', byte: 0 }, 'Not readable as gzip: x');
    expect(parseErrorText(bare, cliText('da'))).toBe('Not readable as gzip: x (byte 0)');
  });

  it('localises usage mistakes, including those parseArgs reports', () => {
    const da = cliText('da');
    expect(usageErrorText(new CliUsageError('errTop'), da)).toBe('--top skal være et positivt heltal');
    const unknown = (() => {
      try {
        parseArgs({ args: ['--foo'], options: {} });
      } catch (error) {
        return error;
      }
    })();
    expect(usageErrorText(unknown, da)).toBe('Ukendt tilvalg --foo');
    expect(usageErrorText(new Error('something else'), da)).toBe('something else');
  });
});
