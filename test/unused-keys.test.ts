import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { da, en, nb } from '../web/i18n/dictionary.ts';

/**
 * Keys the code builds at run time (`t(\`audit.action.${action}\`)`), by their fixed prefix. A key under
 * one of these counts as used; every other key must appear literally in the web or shared source.
 * Keep the list narrow: a prefix hides every key beneath it from this check.
 */
const DYNAMIC_PREFIXES = [
  'audit.action.',
  'audit.target.',
  'dashboard.channel.',
  'dashboard.interval.',
  'dashboard.item.',
  'dashboard.level.',
  'dashboard.marker.',
  'dashboard.scale.',
  'dashboard.set.',
  'dashboard.translationStatus.',
  'dialog.area.',
  'dialog.channel.',
  'dialog.field.',
  'dialog.goals.metric.',
  'dialog.kind.',
  'dialog.outcome.',
  'dialog.plan.phase.',
  'dialog.pulse.item.',
  'dialog.pulse.status.',
  'dialog.reason.',
  'dialog.severity.',
  'eventlog.attrs.role.',
  'eventlog.csv.delimiter.',
  'eventlog.csv.order.',
  'eventlog.error.',
  'eventlog.map.',
  'eventlog.matrix.col.',
  'eventlog.progress.',
  'eventlog.status.',
  'improvement.board.kind.',
  'improvement.category.',
  'improvement.ideas.status.',
  'improvement.interviews.role.',
  'integrations.deliveries.status.',
  'integrations.event.',
  'integrations.scope.',
  'integrations.tokens.status.',
  'journeys.actor.kind.',
  'journeys.assess.',
  'journeys.channel.',
  'journeys.channelMark.',
  'journeys.duration.unit.',
  'journeys.emotion.',
  'journeys.handover.',
  'journeys.lanes.',
  'journeys.metric.',
  'journeys.status.',
  'kind.',
  'lang.',
  'lifecycle.field.',
  'overview.country.',
  'role.',
  'sso.kind.',
  'sso.refused.',
  'surveys.channel.',
  'surveys.local.',
  'surveys.mode.',
  'surveys.preview.',
  'surveys.set.',
  'surveys.status.',
  'translations.status.',
];

/** Danish, bokmål and English need only these two plural forms (`_few` would also end `too_few`). */
const PLURAL = /_(one|other)$/;
/** The dictionaries themselves: every key is in them, so they cannot count as a use. */
const DICTIONARY = /\/i18n\/((.*\.)?(da|nb|en)|dictionary)\.ts$/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !DICTIONARY.test(path) ? [path] : [];
  });
}

const code = [...sources('web'), ...sources('shared')].map((f) => readFileSync(f, 'utf8')).join('\n');
const keys = (dict: Record<string, string>) => [
  ...new Set(Object.keys(dict).map((k) => k.replace(PLURAL, ''))),
];
const quoted = (key: string) => [`'${key}'`, `"${key}"`, `\`${key}\``].some((q) => code.includes(q));

describe('dictionary keys', () => {
  it.each([
    ['da', da],
    ['nb', nb],
    ['en', en],
  ] as const)('every %s key is used by the code (literally or under a listed dynamic prefix)', (_, dict) => {
    const unused = keys(dict).filter((k) => !quoted(k) && !DYNAMIC_PREFIXES.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it('every listed dynamic prefix still has keys and is built in the code', () => {
    const all = keys(da);
    const stale = DYNAMIC_PREFIXES.filter(
      (p) => !all.some((k) => k.startsWith(p)) || !code.includes(`\`${p}\${`),
    );
    expect(stale).toEqual([]);
  });
});
