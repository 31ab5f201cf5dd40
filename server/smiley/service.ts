import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { defaultLocaleFor } from '../../shared/i18n/locale.ts';
import {
  evaluateSmileyAlertCounts,
  SMILEY_FACES,
  type SmileyCounts,
  type SmileyFace,
  type SmileyPressCount,
  summariseSmiley,
} from '../../shared/indicators/index.ts';
import type { Tenant } from '../auth/context.ts';
import { findCountry } from '../auth/repository.ts';
import type { Database } from '../db/types.ts';
import { sendMail } from '../mail/mailer.ts';
import { alertMail } from './alert-mail.ts';
import * as repo from './repository.ts';

type Db = Kysely<Database>;

/** Local time of the municipality's country, for hour-of-day and weekday reports. */
export const timeZoneOf = (country: string) => (country === 'NO' ? 'Europe/Oslo' : 'Europe/Copenhagen');

const emptyCounts = (): SmileyCounts => ({ very_happy: 0, happy: 0, unhappy: 0, very_unhappy: 0 });

/** Counts, positive share and the 0–100 index overall, by hour of day and by weekday. */
export async function smileyReport(db: Db, tenant: Tenant, surveyId: string) {
  const country = await findCountry(db, tenant);
  const rows = await repo.pressesByHourAndWeekday(db, tenant, surveyId, timeZoneOf(country));
  const total = emptyCounts();
  const byHour = new Map<number, SmileyCounts>();
  const byWeekday = new Map<number, SmileyCounts>();
  const byCell = new Map<string, SmileyCounts>();
  for (const r of rows) {
    const n = Number(r.n);
    total[r.face] += n;
    const cellKey = `${r.weekday}|${r.hour}`;
    const cell = byCell.get(cellKey) ?? emptyCounts();
    cell[r.face] += n;
    byCell.set(cellKey, cell);
    for (const [map, key] of [
      [byHour, r.hour],
      [byWeekday, r.weekday],
    ] as const) {
      const c = map.get(key) ?? emptyCounts();
      c[r.face] += n;
      map.set(key, c);
    }
  }
  const list = (map: Map<number, SmileyCounts>) =>
    [...map.entries()]
      .sort(([a], [b]) => a - b)
      .map(([key, counts]) => ({ key, ...summariseSmiley(counts) }));
  const reasons = await repo.reasonCounts(db, tenant, surveyId);
  return {
    overall: summariseSmiley(total),
    byHour: list(byHour),
    byWeekday: list(byWeekday),
    reasons: reasons.map((r) => ({ reason: r.reason ?? '', count: Number(r.n) })),
    grid: [...byCell.entries()]
      .map(([key, counts]) => {
        const [weekday = 0, hour = 0] = key.split('|').map(Number);
        const s = summariseSmiley(counts);
        return { weekday, hour, total: s.total, positiveShare: s.positiveShare };
      })
      .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour),
  };
}

type AlertRule = { window_minutes: number; min_presses: number; unhappy_share: number };

const DAY_MS = 86_400_000;

/** A rule evaluated over a unit's presses of the last day: firing now, and the last firing window of the day. */
function evaluateRule(rule: AlertRule, counts: readonly SmileyPressCount[], now: Date) {
  const r = {
    windowMinutes: rule.window_minutes,
    minPresses: rule.min_presses,
    unhappyShare: rule.unhappy_share,
  };
  const current = evaluateSmileyAlertCounts(counts, r, { now: now.getTime() });
  return {
    firingNow: current.fires,
    /** The firing window now (counts for the e-mail), when it fires. */
    current: current.window,
    lastDay: evaluateSmileyAlertCounts(counts, r).window,
  };
}

/** Whether a unit's rule fires now, and whether it fired at any time in the last day. */
export async function alertStatus(db: Db, tenant: Tenant, unitId: string, now = new Date()) {
  const rule = await repo.findAlertRule(db, tenant, unitId);
  if (!rule) return { rule: undefined, firingNow: false, current: undefined, lastDay: undefined };
  const counts = await repo.pressCountsSince(db, tenant, [unitId], new Date(now.getTime() - DAY_MS));
  return { rule, ...evaluateRule(rule, counts, now) };
}

/**
 * The same for many rules at once (the start page): one query for all their units' presses of the last
 * day, counted per unit and minute in the database, instead of two queries per rule or a row per press.
 */
export async function alertStatuses<R extends AlertRule & { unit_id: string }>(
  db: Db,
  tenant: Tenant,
  rules: readonly R[],
  now = new Date(),
) {
  if (rules.length === 0) return [];
  const rows = await repo.pressCountsSince(
    db,
    tenant,
    rules.map((r) => r.unit_id),
    new Date(now.getTime() - DAY_MS),
  );
  const byUnit = new Map<string, SmileyPressCount[]>();
  for (const r of rows) {
    const list = byUnit.get(r.unitId);
    if (list) list.push(r);
    else byUnit.set(r.unitId, [r]);
  }
  return rules.map((rule) => ({ rule, ...evaluateRule(rule, byUnit.get(rule.unit_id) ?? [], now) }));
}

/**
 * Records a press and checks the unit's alert rule. An alert fires at most once per window (claimed
 * atomically in the database); it is e-mailed to the rule's address when mail is configured
 * (`BORGERBLIK_SMTP_URL`), otherwise logged, and it shows on the unit's page either way.
 */
export async function recordPress(
  db: Db,
  tenant: Tenant,
  press: {
    surveyId: string;
    unitId: string | null;
    face: SmileyFace;
    reason: string | null;
    /** The canonical tag of the language the terminal showed. */
    language: string | null;
    idempotencyKey: string | null;
  },
  log: FastifyBaseLogger,
): Promise<{ stored: boolean }> {
  if (!SMILEY_FACES.includes(press.face)) throw new RangeError('unknown face');
  const stored = await repo.insertPress(db, tenant, press);
  if (!stored || !press.unitId) return { stored };
  const now = new Date();
  const status = await alertStatus(db, tenant, press.unitId, now);
  const rule = status.rule;
  if (!rule || !status.firingNow || !status.current) return { stored };
  if (!(await repo.claimAlertFiring(db, tenant, press.unitId, now, rule.window_minutes))) return { stored };
  const facts = { unitId: press.unitId, presses: status.current.presses, unhappy: status.current.unhappy };
  if (!rule.email) {
    log.warn(facts, 'smiley alert fired; no e-mail address on the rule (shown on the unit page)');
    return { stored };
  }
  const unit = await repo.unitForMail(db, tenant, press.unitId);
  const mail = alertMail(defaultLocaleFor(unit?.country ?? 'DK'), {
    unit: unit?.name ?? press.unitId,
    presses: status.current.presses,
    unhappy: status.current.unhappy,
    windowMinutes: rule.window_minutes,
    minPresses: rule.min_presses,
    share: rule.unhappy_share,
  });
  log.warn(facts, 'smiley alert fired');
  // Not awaited: the citizen's press is stored and answered whatever the mail server does (sendMail logs
  // its own failures and never throws).
  void sendMail({ to: rule.email, ...mail }, log);
  return { stored };
}
