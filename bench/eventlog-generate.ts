import { createWriteStream } from 'node:fs';
import type { CaseRecord, EventBatch, LogEvent } from '../shared/eventlog/types.ts';

/** Deterministic PRNG (mulberry32), so every run generates the same log. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const START = Date.UTC(2024, 0, 1);

/**
 * Yields the events of a synthetic case-handling log: `cases` cases of `total / cases` events,
 * 300 case workers in 30 teams, 25 activities; the next event stays with the same worker 60 %
 * of the time, else goes to someone in the same team (or, 10 %, another team).
 */
export function* syntheticEvents(total: number, cases: number): Generator<LogEvent> {
  const random = rng(42);
  const perCase = Math.max(1, Math.round(total / cases));
  let emitted = 0;
  for (let c = 0; emitted < total; c++) {
    const caseId = `case_${String(c).padStart(7, '0')}`;
    let worker = Math.floor(random() * 300);
    let t = START + c * 60_000;
    for (let i = 0; i < perCase && emitted < total; i++, emitted++) {
      if (i > 0 && random() >= 0.6) {
        const team = random() < 0.9 ? Math.floor(worker / 10) : Math.floor(random() * 30);
        worker = team * 10 + Math.floor(random() * 10);
      }
      t += Math.floor(random() * 86_400_000);
      yield {
        caseId,
        activity: `Activity ${String(Math.floor(random() * 25)).padStart(2, '0')}`,
        timestamp: t,
        resource: `user_${worker}`,
        group: `team_${Math.floor(worker / 10)}`,
        attrs: {},
      };
    }
  }
}

/** The synthetic log as analysis batches (no parsing), for the analysis-only measurement. */
export function* syntheticBatches(total: number, cases: number): Generator<EventBatch> {
  let events: LogEvent[] = [];
  let closed: CaseRecord[] = [];
  let current = '';
  for (const e of syntheticEvents(total, cases)) {
    // Cases are contiguous, as in XES: close each one when the next starts.
    if (e.caseId !== current) {
      if (current) closed.push({ caseId: current, attrs: {}, closed: true });
      current = e.caseId;
    }
    events.push(e);
    if (events.length >= 2000) {
      yield { events, cases: closed };
      events = [];
      closed = [];
    }
  }
  if (current) closed.push({ caseId: current, attrs: {}, closed: true });
  yield { events, cases: closed };
}

/** Writes the synthetic log as CSV (grouped by case); resolves with the byte size. */
export async function writeSyntheticCsv(file: string, total: number, cases: number): Promise<number> {
  const out = createWriteStream(file);
  let size = 0;
  let chunk = 'case,activity,timestamp,resource,group\n';
  const write = async (text: string) => {
    size += Buffer.byteLength(text);
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  };
  for (const e of syntheticEvents(total, cases)) {
    chunk += `${e.caseId},${e.activity},${new Date(e.timestamp ?? 0).toISOString()},${e.resource},${e.group}\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((resolve, reject) => {
    out.on('error', reject);
    out.end(() => resolve());
  });
  return size;
}
