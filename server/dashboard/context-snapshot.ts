import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { notFound } from '../http/app-error.ts';
import { surveyScaleOverride } from './scales.ts';
import { buildTree, type UnitTree } from './tree.ts';

/** A survey as the dashboard needs it: filters, title, and the scale override of its definition. */
export interface SnapshotSurvey {
  id: string;
  title: string;
  journeyId: string | null;
  touchpointId: string | null;
  /** Only the part of the definition the dashboard reads (`scaleId`), see `scales.ts`. */
  definition: { scaleId?: unknown };
}

/** The rarely changing part of a dashboard context: one municipality's settings, units and surveys. */
export interface ContextSnapshot {
  municipality: { name: string; country: 'DK' | 'NO'; minGroupSize: number };
  tree: UnitTree;
  surveys: readonly SnapshotSurvey[];
  surveyById: ReadonlyMap<string, SnapshotSurvey>;
  /** The scale part of the definitions when all surveys agree on it (the usual case), else null. */
  sharedDefinition: { scaleId?: unknown } | null;
  /** Changes whenever anything above changes (see `versionColumns`). */
  version: string;
}

interface SnapshotRow {
  name: string;
  country: 'DK' | 'NO';
  min_group_size: number;
  units_v: string;
  surveys_v: string;
  units?: { id: string; parentId: string | null; name: string }[];
  surveys?: SnapshotSurvey[];
}

/*
 * The version is a digest of exactly the columns the snapshot holds (%L quotes each value and writes
 * NULL bare, so no two different rows print alike). Computing it costs one pass over the
 * municipality's units and surveys inside the database (a fraction of a millisecond for hundreds of
 * units) and catches every write, from this process or any other, with no migration or trigger.
 */
// Each subquery compares municipality_id with the bound tenant (not with m.id): on Citus only that
// routes it to the one shard holding the municipality (docs/SCALING.md).
const versionColumns = (m: string) => sql`
  md5(coalesce((select string_agg(format('%L %L %L', u.id, u.parent_id, u.name), ',' order by u.id)
    from org_unit u where u.municipality_id = ${m}), '')) as units_v,
  md5(coalesce((select string_agg(format('%L %L %L %L %L', s.id, s.title, s.journey_id, s.touchpoint_id,
      s.definition -> 'scaleId'), ',' order by s.id)
    from survey s where s.municipality_id = ${m}), '')) as surveys_v`;

const dataColumns = (m: string) => sql`,
  (select coalesce(json_agg(json_build_object('id', u.id, 'parentId', u.parent_id, 'name', u.name)
      order by u.name, u.id), '[]') from org_unit u where u.municipality_id = ${m}) as units,
  (select coalesce(json_agg(json_build_object('id', s.id, 'title', s.title, 'journeyId', s.journey_id,
      'touchpointId', s.touchpoint_id, 'definition', json_build_object('scaleId', s.definition -> 'scaleId'))
      order by s.created_at, s.id), '[]') from survey s where s.municipality_id = ${m}) as surveys`;

/** The municipality row with the version digests, and with `withData` the units and surveys too. */
async function readSnapshotRow(
  db: Kysely<Database>,
  tenant: Tenant,
  withData: boolean,
): Promise<SnapshotRow> {
  const r = await sql<SnapshotRow>`
    select m.name, m.country, m.min_group_size, ${versionColumns(tenant.municipalityId)}
      ${withData ? dataColumns(tenant.municipalityId) : sql``}
    from municipality m where m.id = ${tenant.municipalityId}`.execute(db);
  const row = r.rows[0];
  if (!row) throw notFound();
  return row;
}

/** One definition that stands for all surveys' scales, if they all declare the same override. */
function shared(surveys: readonly SnapshotSurvey[]): { scaleId?: unknown } | null {
  const overrides = new Set(surveys.map((s) => surveyScaleOverride(s.definition) ?? null));
  if (overrides.size > 1) return null;
  const [only] = overrides;
  return only ? { scaleId: only } : {};
}

const versionOf = (r: SnapshotRow) =>
  `${r.units_v}:${r.surveys_v}:${r.min_group_size}:${r.country}:${r.name}`;

/** The current version of a municipality's snapshot: one small statement. */
export async function readSnapshotVersion(db: Kysely<Database>, tenant: Tenant): Promise<string> {
  return versionOf(await readSnapshotRow(db, tenant, false));
}

/** Loads a municipality's snapshot and its version in one statement (one consistent read). */
export async function loadSnapshot(db: Kysely<Database>, tenant: Tenant): Promise<ContextSnapshot> {
  const row = await readSnapshotRow(db, tenant, true);
  const surveys = row.surveys ?? [];
  return {
    municipality: { name: row.name, country: row.country, minGroupSize: row.min_group_size },
    // Archived units stay in the tree: their history still counts in the totals above them.
    tree: buildTree(row.units ?? []),
    surveys,
    surveyById: new Map(surveys.map((s) => [s.id, s])),
    sharedDefinition: shared(surveys),
    version: versionOf(row),
  };
}
