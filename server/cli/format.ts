import type { HandoverReport } from '../../shared/eventlog/report-types.ts';
import type { AnalyseResult } from './eventlog-analyse.ts';

/** Renders a duration in ms as e.g. `3d 4h`, `5h 12m`, `42s`; `–` when unknown. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '–';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${s % 60}s`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h ${m % 60}m`;
  return `${Math.floor(h / 24)}d ${h % 24}h`;
}

const actor = (name: string) => (name === '' ? '(none)' : name);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

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

/** The plain-text report of `eventlog analyse` (summary, top handovers, variants). */
export function formatText(result: AnalyseResult, top: number): string {
  const r: HandoverReport = result.report;
  const s = r.summary;
  const date = (t: number | null) => (t === null ? '–' : new Date(t).toISOString().slice(0, 10));
  const out = [
    `${result.file} (${result.format}), actors by ${r.by}`,
    '',
    table([
      ['cases', String(s.cases)],
      ['events', String(s.events)],
      ['actors', String(s.actors)],
      ['activities', String(s.activities)],
      ['directly-following pairs', String(s.directlyFollowingPairs)],
      ['handovers (other actor)', String(s.handovers)],
      ['self-handovers', String(s.selfHandovers)],
      ['variants', String(s.variants)],
      ['period', `${date(s.firstEvent)} – ${date(s.lastEvent)}`],
      [
        'case duration median / p90',
        `${formatDuration(s.medianCaseDurationMs)} / ${formatDuration(s.p90CaseDurationMs)}`,
      ],
      ['events without actor', String(s.eventsWithoutActor)],
      ['excluded cases', String(s.excludedCases)],
    ]),
    '',
    'Top handovers',
    table([
      ['from', 'to', 'count', 'share', 'wait median', 'wait p90'],
      ...r.handovers
        .slice(0, top)
        .map((h) => [
          actor(h.from),
          actor(h.to),
          String(h.count),
          pct(h.relative),
          formatDuration(h.medianWaitMs),
          formatDuration(h.p90WaitMs),
        ]),
    ]),
    '',
    'Top self-handovers',
    table([
      ['actor', 'count', 'share'],
      ...r.selfHandovers.slice(0, top).map((h) => [actor(h.from), String(h.count), pct(h.relative)]),
    ]),
    '',
    'Top variants (actor sequences)',
    table([
      ['cases', 'share', 'duration median', 'actors'],
      ...r.variants
        .slice(0, top)
        .map((v) => [
          String(v.cases),
          pct(v.share),
          formatDuration(v.medianDurationMs),
          v.actors.map(actor).join(' → '),
        ]),
    ]),
    '',
    `Handovers per case: ${r.handoversPerCase.map((d) => `${d.handovers}:${d.cases}`).join(' ')}`,
  ];
  for (const note of result.parse.notes)
    out.push(`Note: ${note.code} ×${note.count} (first at line ${note.firstLine})`);
  return `${out.join('\n')}\n`;
}
