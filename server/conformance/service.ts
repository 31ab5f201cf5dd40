import type { Kysely } from 'kysely';
import type { SaveMappingInput } from '../../shared/api/conformance.ts';
import {
  dottedChart,
  performanceSpectrum,
  suggestMatches,
  TraceCollector,
} from '../../shared/eventlog/conformance/index.ts';
import { actorLabel, type Journey } from '../../shared/journey/index.ts';
import type { AuthContext, Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { readyLog } from '../eventlog/analysis/service.ts';
import { storedBatches } from '../eventlog/analysis/stored-batches.ts';
import { findLog } from '../eventlog/repository.ts';
import { AppError, type FieldError, invalidField, notFound } from '../http/app-error.ts';
import { findVersion } from '../journeys/repository.ts';
import { planOf } from './plan.ts';
import * as repo from './repository.ts';
import { cachedAnalysis } from './traces-cache.ts';

type Db = Kysely<Database>;

/** Most frequent resources/groups offered for mapping; more would not fit a screen anyway. */
export const ACTOR_LIST_LIMIT = 500;

/** The document of a journey version of the caller's municipality (404 otherwise). */
export async function versionDocument(db: Db, tenant: Tenant, id: string, version: number): Promise<Journey> {
  const row = await findVersion(db, tenant, id, version);
  if (!row) throw notFound();
  return row.document;
}

/** The log's activities and actors with the steps and journey actors their names suggest. */
export async function suggestMapping(
  db: Db,
  auth: AuthContext,
  id: string,
  version: number,
  query: { logId: string; actorBy: 'resource' | 'group' },
) {
  const journey = await versionDocument(db, auth, id, version);
  const log = await readyLog(db, auth, query.logId);
  const activities = await repo.activityCounts(db, auth, log.id);
  const actors = await repo.actorCounts(db, auth, log.id, query.actorBy, ACTOR_LIST_LIMIT);
  const stepCandidates = journey.steps.map((s) => ({ id: s.id, names: [s.description] }));
  const actorCandidates = journey.actors.map((a) => {
    const { label, sublabel } = actorLabel(a);
    return { id: a.id, names: [label, ...(sublabel ? [sublabel] : []), ...(a.unitName ? [a.unitName] : [])] };
  });
  const shown = actors.slice(0, ACTOR_LIST_LIMIT);
  const withSuggestions = <T extends { name: string; events: number }>(
    rows: T[],
    candidates: Array<{ id: string; names: string[] }>,
  ) => {
    const suggestions = suggestMatches(
      rows.map((r) => r.name),
      candidates,
    );
    return rows.map((r, i) => ({
      name: r.name,
      events: r.events,
      suggestedId: suggestions[i]?.candidateId ?? null,
      score: suggestions[i]?.score ?? 0,
    }));
  };
  return {
    activities: withSuggestions(activities, stepCandidates),
    actors: withSuggestions(shown, actorCandidates),
    actorsTruncated: actors.length > ACTOR_LIST_LIMIT,
  };
}

/** The saved mapping in wire form, or null. */
export async function getMapping(db: Db, tenant: Tenant, id: string, version: number) {
  const row = await repo.findMapping(db, tenant, id, version);
  if (!row) return null;
  return {
    journeyId: row.journey_id,
    version: row.version,
    logId: row.log_id,
    logName: row.log_name,
    actorBy: row.actor_by,
    activities: row.activities,
    actors: row.actors,
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * Saves the confirmed mapping. The log must be a ready log of the caller's municipality (checked as
 * every id in a body is, 400 on `logId`), and each step and actor id must be one of the version's.
 */
export async function saveMapping(
  db: Db,
  auth: AuthContext,
  id: string,
  version: number,
  body: SaveMappingInput,
) {
  const journey = await versionDocument(db, auth, id, version);
  // One look-up: a log that is not the municipality's is a 400 and one still importing a 409, both
  // naming the field, as every id in a body is named.
  const log = await findLog(db, auth, body.logId);
  if (!log) throw invalidField('logId', 'unknown_reference');
  if (log.status !== 'ready')
    throw new AppError('eventlog_state', { status: log.status }, [{ path: 'logId', problem: 'invalid' }]);
  const steps = new Set(journey.steps.map((s) => s.id));
  const actors = new Set(journey.actors.map((a) => a.id));
  const fields: FieldError[] = [];
  for (const [name, stepId] of Object.entries(body.activities))
    if (!steps.has(stepId)) fields.push({ path: `activities.${name}`, problem: 'unknown_reference' });
  for (const [name, actorId] of Object.entries(body.actors))
    if (!actors.has(actorId)) fields.push({ path: `actors.${name}`, problem: 'unknown_reference' });
  if (fields.length) throw new AppError('validation_failed', {}, fields.slice(0, 100));
  await repo.saveMapping(db, auth, { journeyId: id, version, ...body, userId: auth.userId });
  const saved = await getMapping(db, auth, id, version);
  if (!saved) throw notFound();
  return saved;
}

/** The mapping, the version's document, the mapped traces and their (lazy) report, cached together. */
export async function mappedTraces(db: Db, auth: Tenant, id: string, version: number) {
  const journey = await versionDocument(db, auth, id, version);
  const mapping = await getMapping(db, auth, id, version);
  if (!mapping) throw new AppError('journey_log_not_mapped');
  const plan = planOf(journey, mapping);
  const key = `${auth.municipalityId}|${mapping.logId}|${id}|${version}|${mapping.updatedAt}`;
  const { traces, report } = await cachedAnalysis(key, plan, async () => {
    const collector = new TraceCollector(plan);
    for await (const batch of storedBatches(db, auth, mapping.logId, false)) collector.addBatch(batch);
    return collector.finish();
  });
  return { journey, mapping, plan, traces, report };
}

/**
 * Conformance of the mapped log with the pseudonyms of the example cases. The journey and the
 * mapping are not sent again: the page has them from the version and the mapping routes.
 */
export async function conformanceOf(db: Db, auth: AuthContext, id: string, version: number) {
  const { mapping, report: reportOf } = await mappedTraces(db, auth, id, version);
  const report = reportOf();
  const numbers = report.patterns.map((p) => Number(p.exampleCaseId)).filter(Number.isInteger);
  const keys = await repo.caseKeys(db, auth, mapping.logId, numbers);
  return {
    report,
    caseKeys: Object.fromEntries([...keys.entries()].map(([no, key]) => [String(no), key])),
  };
}

/** Performance spectrum and dotted chart data of the mapped log. */
export async function chartsOf(db: Db, auth: AuthContext, id: string, version: number) {
  const { traces } = await mappedTraces(db, auth, id, version);
  return { spectrum: performanceSpectrum(traces), dotted: dottedChart(traces) };
}
