import { addMonths } from '../../shared/complaints/dates.ts';
import type { ComplaintDraft } from '../../shared/complaints/import-rows.ts';
import { PROCESS_REASONS, type ProcessReason } from '../../shared/complaints/taxonomy.ts';

/** A small deterministic generator (mulberry32), so the demo shows the same figures every time. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 1–5 answer drawn around `mean` (a rounded, clamped normal-ish draw). */
export function likert(rnd: () => number, mean: number): number {
  const spread = (rnd() + rnd() + rnd() - 1.5) * 1.6;
  return Math.min(5, Math.max(1, Math.round(mean + spread)));
}

/** A day inside a range, at office hours. */
export function dayIn(rnd: () => number, from: string, to: string): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return new Date(a + Math.floor(rnd() * ((b - a) / 86_400_000 + 1)) * 86_400_000).toISOString().slice(0, 10);
}

/** The programme's dates for the demo: it ended six months ago, so before and after are both complete. */
export function demoDates(today = new Date()) {
  const month = `${today.toISOString().slice(0, 7)}-01`;
  const startsOn = addMonths(month, -12);
  const endsOn = new Date(Date.parse(`${addMonths(month, -6)}T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10);
  return { startsOn, endsOn, baselineFrom: addMonths(startsOn, -6), followUpTo: addMonths(endsOn, 6) };
}

/**
 * Complaints for one unit in one period: `count` of them, `processShare` about the process. Answer
 * times are drawn around `days`; about a fifth are about the decision as well.
 */
export function demoComplaints(
  rnd: () => number,
  unitId: string,
  range: { from: string; to: string },
  spec: { count: number; processShare: number; days: number },
): Omit<ComplaintDraft, 'description'>[] {
  return Array.from({ length: spec.count }, () => {
    const receivedOn = dayIn(rnd, range.from, range.to);
    const process = rnd() < spec.processShare;
    const reasons: ProcessReason[] = process
      ? [PROCESS_REASONS[Math.floor(rnd() * PROCESS_REASONS.length)]!]
      : [];
    const answered = new Date(
      Date.parse(`${receivedOn}T00:00:00Z`) + Math.round(spec.days * (0.5 + rnd())) * 86_400_000,
    );
    return {
      receivedOn,
      unitId,
      areaKey: 'jobcenter',
      kind: rnd() < 0.15 ? 'conflict' : 'complaint',
      channel: (['email', 'digital_post', 'phone', 'in_person', 'letter'] as const)[Math.floor(rnd() * 5)]!,
      aboutProcess: process,
      processReasons: reasons,
      aboutDecision: !process || rnd() < 0.2,
      severity: (1 + Math.floor(rnd() * 3)) as 1 | 2 | 3,
      outcome: (['resolved_in_dialog', 'not_upheld', 'partly_upheld', 'upheld'] as const)[
        Math.floor(rnd() * 4)
      ]!,
      answeredOn: answered.toISOString().slice(0, 10),
    };
  });
}
