import type { Kysely } from 'kysely';
import type { RetentionUpdate, RetentionView } from '../../../shared/api/lifecycle.ts';
import {
  RETENTION_RULES,
  type RetentionKind,
  retentionProblem,
  WARNING_DAYS,
} from '../../../shared/lifecycle/kinds.ts';
import { recordAudit } from '../../audit/repository.ts';
import type { AuthContext, Tenant } from '../../auth/context.ts';
import type { Database } from '../../db/types.ts';
import { AppError, type FieldError } from '../../http/app-error.ts';
import type { KindOutcome } from './job.ts';
import { loadSettings, loadState, minGroupSize, saveSettings } from './repository.ts';
import { upcomingDeletions } from './warnings.ts';

type Db = Kysely<Database>;

/** The settings screen: every kind with its period and limits, what is due soon, and the last run. */
export async function retentionView(db: Db, tenant: Tenant, now: Date): Promise<RetentionView> {
  const settings = await loadSettings(db, tenant);
  const [upcoming, state, threshold] = await Promise.all([
    upcomingDeletions(db, tenant, now, settings),
    loadState(db, tenant),
    minGroupSize(db, tenant),
  ]);
  return {
    settings: settings.map((s) => {
      const rule = RETENTION_RULES[s.kind];
      return {
        kind: s.kind,
        days: s.days,
        keepAggregates: rule.aggregates && s.keepAggregates,
        defaultDays: rule.defaultDays,
        minDays: rule.minDays,
        maxDays: rule.maxDays,
        aggregatesPossible: rule.aggregates,
      };
    }),
    upcoming,
    warningUntil: new Date(now.getTime() + WARNING_DAYS * 86_400_000).toISOString(),
    lastRun: state?.last_run_at
      ? { at: state.last_run_at.toISOString(), outcomes: (state.last_result ?? []) as KindOutcome[] }
      : null,
    minGroupSize: threshold,
  };
}

/** Checks every period against its limits (naming the field at fault) and saves them with an audit entry. */
export async function updateRetention(db: Db, auth: AuthContext, body: RetentionUpdate): Promise<void> {
  const current = await loadSettings(db, auth);
  const all: Partial<Record<RetentionKind, number>> = Object.fromEntries(
    current.map((s) => [s.kind, s.days]),
  );
  for (const s of body.settings) all[s.kind] = s.days;
  const fields: FieldError[] = [];
  body.settings.forEach((s, i) => {
    const rule = RETENTION_RULES[s.kind];
    const problem = retentionProblem(s.kind, s.days, all);
    const path = `settings.${i}.days`;
    if (problem === 'below_min')
      fields.push({ path, problem: 'too_small', params: { minimum: rule.minDays } });
    if (problem === 'above_max') fields.push({ path, problem: 'too_big', params: { maximum: rule.maxDays } });
    if (problem === 'free_text_longer')
      fields.push({ path, problem: 'too_big', params: { maximum: all.survey_responses ?? rule.maxDays } });
  });
  if (fields.length > 0) throw new AppError('validation_failed', {}, fields);
  await saveSettings(db, auth, body.settings);
  await recordAudit(db, auth, auth.userId, 'retention.settings', null, { settings: body.settings });
}
