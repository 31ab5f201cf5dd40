import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { effectiveLocale } from '../../../shared/i18n/locale.ts';
import { cutoff, type RetentionKind, WARNING_DAYS } from '../../../shared/lifecycle/kinds.ts';
import type { Tenant } from '../../auth/context.ts';
import type { Database } from '../../db/types.ts';
import { sendMail } from '../../mail/mailer.ts';
import { countDue } from './batches.ts';
import { KIND_SQL } from './kind-sql.ts';
import { type KindSetting, loadSettings, markWarned } from './repository.ts';
import { warningMail } from './warning-mail.ts';

type Db = Kysely<Database>;
const DAY = 86_400_000;

export interface Upcoming {
  kind: RetentionKind;
  /** Rows that reach the end of their period within the next 14 days. */
  rows: number;
  /** Rows already past it, deleted by the next run. */
  overdue: number;
}

/** What the next 14 days of retention will delete, per kind (only kinds with something to delete). */
export async function upcomingDeletions(
  db: Db,
  tenant: Tenant,
  now: Date,
  settings?: KindSetting[],
): Promise<Upcoming[]> {
  const list = settings ?? (await loadSettings(db, tenant));
  const out: Upcoming[] = [];
  for (const s of list) {
    const k = KIND_SQL[s.kind];
    const start = cutoff(now, s.days);
    const end = cutoff(new Date(now.getTime() + WARNING_DAYS * DAY), s.days);
    const rows = await countDue(db, tenant.municipalityId, k, end, start);
    const overdue = await countDue(db, tenant.municipalityId, k, start);
    if (rows + overdue > 0) out.push({ kind: s.kind, rows, overdue });
  }
  return out;
}

/**
 * E-mails the municipality's active admins once per kind and period when rows of that kind will be
 * deleted within 14 days (the in-app warning is computed live). Without SMTP the mail module logs and
 * skips; the kind still counts as warned, because the warning is shown in the app regardless.
 */
export async function sendDueWarnings(
  db: Db,
  tenant: Tenant,
  now: Date,
  log: FastifyBaseLogger,
): Promise<RetentionKind[]> {
  const settings = await loadSettings(db, tenant);
  const upcoming = await upcomingDeletions(db, tenant, now, settings);
  const fresh = upcoming.filter((u) => {
    const warnedAt = settings.find((s) => s.kind === u.kind)?.warnedAt;
    return u.rows > 0 && (!warnedAt || now.getTime() - warnedAt.getTime() >= WARNING_DAYS * DAY);
  });
  if (fresh.length === 0) return [];
  const admins = await db
    .selectFrom('app_user')
    .innerJoin('municipality', 'municipality.id', 'app_user.municipality_id')
    .select(['app_user.email', 'app_user.locale', 'municipality.name', 'municipality.country'])
    .where('app_user.municipality_id', '=', tenant.municipalityId)
    .where('app_user.role', '=', 'admin')
    .where('app_user.active', '=', true)
    .execute();
  for (const admin of admins) {
    const mail = warningMail(
      effectiveLocale(admin.locale, admin.country),
      admin.name,
      fresh,
      new Date(now.getTime() + WARNING_DAYS * DAY),
    );
    await sendMail({ to: admin.email, ...mail }, log);
  }
  await markWarned(
    db,
    tenant,
    fresh.map((u) => u.kind),
    now,
  );
  return fresh.map((u) => u.kind);
}
