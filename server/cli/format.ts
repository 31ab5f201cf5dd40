import type { HandoverReport } from '../../shared/eventlog/report-types.ts';
import type { AnalyseResult } from './eventlog-analyse.ts';
import type { CliText } from './i18n.ts';

/**
 * Renders a duration in ms in the language's units, e.g. `3d 4h`, `5h 12m`, `42s` in English and
 * `3 dage 4 t.`, `5 t. 12 min.`, `42 sek.` in Danish; `–` when unknown.
 */
export function formatDuration(ms: number | null, text: CliText): string {
  if (ms === null) return '–';
  const { m, t, num } = text;
  const s = Math.round(ms / 1000);
  if (s < 60) return t(m.durSeconds, { s: num(s) });
  const min = Math.floor(s / 60);
  if (min < 60) return t(m.durMinutes, { m: num(min), s: num(s % 60) });
  const h = Math.floor(min / 60);
  if (h < 48) return t(m.durHours, { h: num(h), m: num(min % 60) });
  return t(m.durDays, { d: num(Math.floor(h / 24)), h: num(h % 24) });
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** How the report names the actors: the web app's words for resource and group, else the attribute. */
function actorsBy(by: string, text: CliText): string {
  if (by === 'resource') return text.m.byResource;
  if (by === 'group') return text.m.byGroup;
  return by;
}

/**
 * The plain-text report of `eventlog analyse` (summary, top handovers, variants) in the language
 * of `text`, numbers formatted for its locale. Dates stay ISO (YYYY-MM-DD) in every language.
 */
export function formatText(result: AnalyseResult, top: number, text: CliText): string {
  const r: HandoverReport = result.report;
  const s = r.summary;
  const { m, t, num, pct } = text;
  const date = (ts: number | null) => (ts === null ? '–' : new Date(ts).toISOString().slice(0, 10));
  const actor = (name: string) => (name === '' ? m.noActor : name);
  const duration = (ms: number | null) => formatDuration(ms, text);
  const out = [
    t(m.heading, { file: result.file, format: result.format, by: actorsBy(r.by, text) }),
    '',
    table([
      [m.cases, num(s.cases)],
      [m.events, num(s.events)],
      [m.actors, num(s.actors)],
      [m.activities, num(s.activities)],
      [m.pairs, num(s.directlyFollowingPairs)],
      [m.handovers, num(s.handovers)],
      [m.selfHandovers, num(s.selfHandovers)],
      [m.variants, num(s.variants)],
      [m.period, `${date(s.firstEvent)} – ${date(s.lastEvent)}`],
      [m.caseDuration, `${duration(s.medianCaseDurationMs)} / ${duration(s.p90CaseDurationMs)}`],
      [m.eventsWithoutActor, num(s.eventsWithoutActor)],
      [m.excludedCases, num(s.excludedCases)],
    ]),
    '',
    m.topHandovers,
    table([
      [m.colFrom, m.colTo, m.colCount, m.colShare, m.colWaitMedian, m.colWaitP90],
      ...r.handovers
        .slice(0, top)
        .map((h) => [
          actor(h.from),
          actor(h.to),
          num(h.count),
          pct(h.relative),
          duration(h.medianWaitMs),
          duration(h.p90WaitMs),
        ]),
    ]),
    '',
    m.topSelfHandovers,
    table([
      [m.colActor, m.colCount, m.colShare],
      ...r.selfHandovers.slice(0, top).map((h) => [actor(h.from), num(h.count), pct(h.relative)]),
    ]),
    '',
    m.topVariants,
    table([
      [m.colCases, m.colCaseShare, m.colDurationMedian, m.colActors],
      ...r.variants
        .slice(0, top)
        .map((v) => [
          num(v.cases),
          pct(v.share),
          duration(v.medianDurationMs),
          v.actors.map(actor).join(' → '),
        ]),
    ]),
    '',
    t(m.handoversPerCase, {
      list: r.handoversPerCase.map((d) => `${num(d.handovers)}:${num(d.cases)}`).join(' '),
    }),
  ];
  if (s.eventsWithoutActor > 0) {
    out.push(t(m.withoutActorNote, { count: num(s.eventsWithoutActor), by: actorsBy(r.by, text) }));
  }
  for (const note of result.parse.notes) {
    out.push(t(m.note, { code: note.code, count: num(note.count), line: num(note.firstLine) }));
  }
  return `${out.join('\n')}\n`;
}
