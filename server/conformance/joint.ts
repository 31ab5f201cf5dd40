import type { Kysely } from 'kysely';
import type { JointResponse } from '../../shared/api/conformance.ts';
import {
  evaluateJointAlert,
  type MappedTraces,
  type PeriodFigures,
  rankJoint,
} from '../../shared/eventlog/conformance/index.ts';
import { exactQuantile } from '../../shared/eventlog/quantiles.ts';
import type { AuthContext, Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { touchpointScores } from '../journeys/experience.ts';
import type { AnswerCount } from '../journeys/experience-repository.ts';
import { minGroupSize } from '../journeys/units-repository.ts';
import * as repo from './joint-repository.ts';
import { mappedTraces } from './service.ts';

type Db = Kysely<Database>;

/** The alert compares the last ALERT_DAYS of the log's period with the ALERT_DAYS before. */
export const ALERT_DAYS = 90;
const DAY = 86_400_000;

function period(traces: MappedTraces): { from: number; to: number } | null {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < traces.starts.length; i++) {
    const s = traces.starts[i] ?? Number.NaN;
    const e = traces.ends[i] ?? Number.NaN;
    if (s < from) from = s;
    if (e > to) to = e;
  }
  return Number.isFinite(from) && Number.isFinite(to) ? { from, to } : null;
}

type Scores = ReturnType<typeof touchpointScores>[number];
const shareOf = (t: Scores | undefined) => {
  if (!t || t.suppressed) return null;
  const answers = t.indicators.reduce((s, i) => s + i.answers, 0);
  if (answers === 0) return null;
  return t.indicators.reduce((s, i) => s + i.positiveShare * i.answers, 0) / answers;
};
const scoreOf = (t: Scores | undefined) => {
  if (!t || t.suppressed) return null;
  const answers = t.indicators.reduce((s, i) => s + i.answers, 0);
  if (answers === 0) return null;
  return Math.round((t.indicators.reduce((s, i) => s + i.score * i.answers, 0) / answers) * 10) / 10;
};
const positiveOf = (t: Scores | undefined) => {
  const answers = t ? t.indicators.reduce((s, i) => s + i.answers, 0) : 0;
  const positive = t ? t.indicators.reduce((s, i) => s + Math.round(i.positiveShare * i.answers), 0) : 0;
  return { answers, positive };
};

/**
 * Experience and wait on the same touchpoints over the log's period: scores per touchpoint
 * (suppressed below the municipality's minimum group, as on the dashboard), the median and P90 wait
 * before the step from the mapped log, both per month, the joint ranking, and the alert verdict.
 */
export async function jointView(
  db: Db,
  auth: AuthContext,
  id: string,
  version: number,
): Promise<JointResponse> {
  const { journey, traces, report: reportOf } = await mappedTraces(db, auth, id, version);
  const report = reportOf();
  const minimum = await minGroupSize(db, auth);
  const span = period(traces);
  if (!span) return { period: null, minGroupSize: minimum, steps: [], ranking: [] };
  const from = new Date(span.from);
  const to = new Date(span.to + 1);
  const answers = await repo.answerCounts(db, auth, id, from, to, 'month');
  const responses = await repo.responseCounts(db, auth, id, from, to, 'month');
  const scoresFor = (filter: (month: string) => boolean) => {
    const counts: AnswerCount[] = answers.filter((a) => filter(a.month)).map((a) => a.count);
    const byTouchpoint = new Map<string, number>();
    for (const r of responses)
      if (filter(r.month)) byTouchpoint.set(r.touchpointId, (byTouchpoint.get(r.touchpointId) ?? 0) + r.n);
    return new Map(touchpointScores(counts, byTouchpoint, minimum).map((t) => [t.touchpointId, t]));
  };
  const overall = scoresFor(() => true);
  const months = [
    ...new Set([
      ...answers.map((a) => a.month),
      ...report.steps.flatMap((s) => s.waitBefore.trend.map((t) => t.month)),
    ]),
  ].sort();
  const monthly = new Map(months.map((m) => [m, scoresFor((x) => x === m)]));
  // The alert's figures are those of its last check (stored with it), not computed again per view.
  const states = new Map((await repo.alertStates(db, auth, id)).map((s) => [s.step_id, s]));
  const steps = journey.steps.map((step, k) => {
    const t = overall.get(step.id);
    const s = report.steps[k];
    const waitTrend = new Map((s?.waitBefore.trend ?? []).map((x) => [x.month, x.medianMs]));
    const state = states.get(step.id);
    const facts = state?.facts ?? {};
    return {
      stepId: step.id,
      hasSurvey: t !== undefined,
      suppressed: t?.suppressed ?? false,
      responses: t?.responses ?? 0,
      positiveShare: shareOf(t),
      score: scoreOf(t),
      wait: {
        medianMs: s?.waitBefore.medianMs ?? null,
        p90Ms: s?.waitBefore.p90Ms ?? null,
        count: s?.waitBefore.count ?? 0,
      },
      trend: months.map((month) => {
        const m = monthly.get(month)?.get(step.id);
        return {
          month,
          positiveShare: shareOf(m),
          suppressed: m?.suppressed ?? false,
          medianWaitMs: waitTrend.get(month) ?? null,
        };
      }),
      alert: {
        firing: state?.firing ?? false,
        firedAt: state?.fired_at?.toISOString() ?? null,
        previousShare: facts.previousShare ?? null,
        currentShare: facts.currentShare ?? null,
        previousWaitMs: facts.previousWaitMs ?? null,
        currentWaitMs: facts.currentWaitMs ?? null,
        p: facts.p ?? null,
      },
    };
  });
  return {
    period: { from: from.toISOString(), to: new Date(span.to).toISOString() },
    minGroupSize: minimum,
    steps,
    ranking: rankJoint(
      steps.map((s) => ({ stepId: s.stepId, positiveShare: s.positiveShare, medianWaitMs: s.wait.medianMs })),
    ),
  };
}

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The two windows of one touchpoint's alert, in whole UTC days: [start, cut) before, [cut, stop) now. */
function windowsOf(last: number, end: number) {
  const stop = (Math.floor((Number.isFinite(last) ? last : end) / DAY) + 1) * DAY;
  const cut = stop - ALERT_DAYS * DAY;
  return { start: cut - ALERT_DAYS * DAY, cut, stop };
}

/**
 * The alert verdict per touchpoint: the last ALERT_DAYS whole UTC days up to the touchpoint's latest
 * measured arrival (the end of the log's period when it has none) against the ALERT_DAYS before,
 * waits and answers alike. One pass over the visits and two queries (answers and responses per day
 * over the span of all windows), whatever the number of steps.
 */
async function alertFigures(db: Db, auth: Tenant, id: string, traces: MappedTraces, end: number) {
  const n = traces.stepIds.length;
  const last = new Array<number>(n).fill(Number.NEGATIVE_INFINITY);
  for (let j = 0; j < traces.steps.length; j++) {
    const k = traces.steps[j] ?? 0;
    const at = traces.starts[j] ?? Number.NaN;
    if (at > (last[k] ?? 0)) last[k] = at;
  }
  const windows = last.map((l) => windowsOf(l, end));
  const before: number[][] = windows.map(() => []);
  const now: number[][] = windows.map(() => []);
  for (let c = 0; c < traces.caseIds.length; c++) {
    const to = traces.offsets[c + 1] ?? 0;
    for (let j = (traces.offsets[c] ?? 0) + 1; j < to; j++) {
      const k = traces.steps[j] ?? 0;
      const w = windows[k];
      const at = traces.starts[j] ?? Number.NaN;
      const wait = at - (traces.ends[j - 1] ?? Number.NaN);
      if (!w || !(wait >= 0) || at < w.start || at >= w.stop) continue;
      (at < w.cut ? before : now)[k]?.push(wait);
    }
  }
  const minimum = await minGroupSize(db, auth);
  const from = new Date(Math.min(...windows.map((w) => w.start)));
  const to = new Date(Math.max(...windows.map((w) => w.stop)));
  const answers = await repo.answerCounts(db, auth, id, from, to, 'day');
  const responses = await repo.responseCounts(db, auth, id, from, to, 'day');
  const scores = (stepId: string, a: number, b: number): Scores | undefined => {
    const [lo, hi] = [utcDay(a), utcDay(b)];
    const inside = (day: string) => day >= lo && day < hi;
    const counts = answers
      .filter((x) => x.count.touchpointId === stepId && inside(x.month))
      .map((x) => x.count);
    const per = new Map<string, number>();
    for (const r of responses)
      if (r.touchpointId === stepId && inside(r.month)) per.set(stepId, (per.get(stepId) ?? 0) + r.n);
    return touchpointScores(counts, per, minimum)[0];
  };
  const figures = (t: Scores | undefined, waits: number[]): PeriodFigures => {
    const q = exactQuantile(waits, 0.5);
    return {
      ...positiveOf(t?.suppressed ? undefined : t),
      waits: waits.length,
      medianWaitMs: q === null ? null : Math.round(q),
    };
  };
  const out = new Map<string, ReturnType<typeof evaluateJointAlert>>();
  for (const [k, stepId] of traces.stepIds.entries()) {
    const w = windows[k] ?? windowsOf(end, end);
    out.set(
      stepId,
      evaluateJointAlert(
        figures(scores(stepId, w.start, w.cut), before[k] ?? []),
        figures(scores(stepId, w.cut, w.stop), now[k] ?? []),
        { alpha: 0.05, minAnswers: Math.max(5, minimum), minWaits: 5, minWaitRise: 0.1 },
      ),
    );
  }
  return out;
}

/**
 * Checks and records the alert of every touchpoint of a mapped journey version; returns those firing.
 * The check is noted on the mapping even when there is nothing to record (no timed visit), so the
 * background tick does not come back to it until new data arrives.
 */
export async function checkJointAlerts(db: Db, auth: Tenant, id: string, version: number, now = new Date()) {
  const { traces } = await mappedTraces(db, auth, id, version);
  const span = period(traces);
  const verdicts = span ? await alertFigures(db, auth, id, traces, span.to) : new Map();
  const firing: string[] = [];
  for (const [stepId, v] of verdicts) {
    if (v.fires) firing.push(stepId);
    await repo.recordAlert(
      db,
      auth,
      id,
      stepId,
      v.fires,
      {
        previousShare: v.previousShare,
        currentShare: v.currentShare,
        previousWaitMs: v.previousWaitMs,
        currentWaitMs: v.currentWaitMs,
        p: v.p,
      },
      now,
    );
  }
  await repo.markAlertsChecked(db, auth, id, version, now);
  return firing;
}
