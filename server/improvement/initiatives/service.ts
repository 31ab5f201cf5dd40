import { randomBytes } from 'node:crypto';
import type { Updateable } from 'kysely';
import type {
  CreateInitiativeInput,
  InitiativeDto,
  MeasuresInput,
  UpdateInitiativeInput,
} from '../../../shared/api/improvement/initiatives.ts';
import { recordAudit } from '../../audit/repository.ts';
import type { AuthContext, Tenant } from '../../auth/context.ts';
import { type ReferencedTable, requireReferences } from '../../db/references.ts';
import { AppError, notFound } from '../../http/app-error.ts';
import type { Db } from '../common.ts';
import { checkLocalMeasures } from '../local-questions.ts';
import type { ImprovementInitiativeTable } from '../tables.ts';
import { presentInitiative } from './presenter.ts';
import * as repo from './repository.ts';
import { checkCriteria, checkPlan } from './validate.ts';

/** Initiatives with their links, newest test first. */
export async function listInitiatives(db: Db, tenant: Tenant, id?: string): Promise<InitiativeDto[]> {
  const [rows, links] = await Promise.all([repo.listInitiatives(db, tenant, id), repo.listLinks(db, tenant)]);
  return rows.map((r) => presentInitiative(r, links));
}

export async function getInitiative(db: Db, tenant: Tenant, id: string): Promise<InitiativeDto> {
  const [found] = await listInitiatives(db, tenant, id);
  if (!found) throw notFound();
  return found;
}

async function checkReferences(db: Db, auth: AuthContext, input: UpdateInitiativeInput) {
  const refs = (field: 'testUnitIds' | 'comparisonUnitIds' | 'ideaIds', table: ReferencedTable) =>
    (input[field] ?? []).map((id, i) => ({ path: `${field}[${i}]`, table, id }));
  await requireReferences(db, auth, [
    ...refs('testUnitIds', 'org_unit'),
    ...refs('comparisonUnitIds', 'org_unit'),
    ...refs('ideaIds', 'improvement_idea'),
  ]);
}

function columns(input: UpdateInitiativeInput): Updateable<ImprovementInitiativeTable> {
  const c: Updateable<ImprovementInitiativeTable> = {};
  if (input.title !== undefined) c.title = input.title;
  if (input.background !== undefined) c.background = input.background;
  if (input.description !== undefined) c.description = input.description;
  if (input.owner !== undefined) c.owner = input.owner;
  if (input.design !== undefined) c.design = input.design;
  if (input.baselineStart !== undefined) c.baseline_start = input.baselineStart;
  if (input.baselineEnd !== undefined) c.baseline_end = input.baselineEnd;
  if (input.testStart !== undefined) c.test_start = input.testStart;
  if (input.testEnd !== undefined) c.test_end = input.testEnd;
  if (input.measures !== undefined) c.measures = JSON.stringify(input.measures);
  if (input.successCriteria !== undefined) c.success_criteria = input.successCriteria;
  if (input.criteria !== undefined) c.criteria = JSON.stringify(input.criteria);
  if (input.recommendations !== undefined) c.recommendations = input.recommendations;
  return c;
}

export async function createInitiative(db: Db, auth: AuthContext, input: CreateInitiativeInput) {
  checkPlan(input);
  checkCriteria(input.criteria, input.measures, input.testStart);
  await checkReferences(db, auth, input);
  await checkLocalMeasures(db, auth, input.measures.local);
  const { id } = await repo.insertInitiative(db, auth, {
    ...(columns(input) as Required<Pick<ImprovementInitiativeTable, 'title'>>),
    test_start: input.testStart,
    test_end: input.testEnd,
    measures: JSON.stringify(input.measures),
    created_by: auth.userId,
  });
  await repo.setLinks(db, auth, id, input);
  await recordAudit(
    db,
    auth,
    auth.userId,
    'improvement.initiative_create',
    { type: 'initiative', id },
    { title: input.title },
  );
  return getInitiative(db, auth, id);
}

/** Which measures stay open after the start: only the values of the hand-entered counts. */
function sameMeasures(a: MeasuresInput | InitiativeDto['measures'], b: MeasuresInput) {
  const key = (m: typeof b | typeof a) =>
    JSON.stringify([m.items, m.local ?? [], m.categories, m.counts.map((c) => c.label)]);
  return key(a) === key(b);
}

/**
 * Changes an initiative. Once the test has started, what is measured, the success criteria, the design,
 * the periods and the units are fixed: changing them afterwards would let the result choose the question.
 */
export async function updateInitiative(db: Db, auth: AuthContext, id: string, input: UpdateInitiativeInput) {
  const current = await getInitiative(db, auth, id);
  const merged = { ...current, ...input };
  if (current.startedAt) {
    const locked: (keyof UpdateInitiativeInput)[] = [
      'successCriteria',
      'criteria',
      'design',
      'baselineStart',
      'baselineEnd',
      'testStart',
      'testEnd',
      'testUnitIds',
      'comparisonUnitIds',
    ];
    const changed = locked.filter(
      (k) => input[k] !== undefined && JSON.stringify(input[k]) !== JSON.stringify(current[k]),
    );
    if (changed.length > 0 || (input.measures && !sameMeasures(current.measures, input.measures)))
      throw new AppError('improvement_criteria_locked');
  }
  checkPlan(merged);
  checkCriteria(merged.criteria, merged.measures, merged.testStart);
  await checkReferences(db, auth, input);
  if (input.measures) await checkLocalMeasures(db, auth, input.measures.local);
  const patch = columns(input);
  if (Object.keys(patch).length > 0) await repo.updateInitiative(db, auth, id, patch);
  await repo.setLinks(db, auth, id, input);
  await recordAudit(
    db,
    auth,
    auth.userId,
    'improvement.initiative_update',
    { type: 'initiative', id },
    { fields: Object.keys(input) },
  );
  return getInitiative(db, auth, id);
}

/** Starts the test: from now on the success criteria and measures are fixed. */
export async function startInitiative(db: Db, auth: AuthContext, id: string) {
  const current = await getInitiative(db, auth, id);
  if (current.startedAt) return current;
  const m = current.measures;
  const noCriteria = !current.successCriteria.trim() && current.criteria.length === 0;
  if (noCriteria || m.items.length + m.local.length + m.categories.length + m.counts.length === 0)
    throw new AppError('improvement_criteria_missing');
  await repo.updateInitiative(db, auth, id, { started_at: new Date() });
  await recordAudit(
    db,
    auth,
    auth.userId,
    'improvement.initiative_start',
    { type: 'initiative', id },
    { successCriteria: current.successCriteria, criteria: current.criteria },
  );
  return getInitiative(db, auth, id);
}

/** Creates (or replaces) the unguessable token of the public read-only report link; null revokes it. */
export async function setShare(db: Db, auth: AuthContext, id: string, share: boolean) {
  await getInitiative(db, auth, id);
  const token = share ? randomBytes(24).toString('base64url') : null;
  await repo.setReportToken(db, auth, id, token);
  await recordAudit(
    db,
    auth,
    auth.userId,
    share ? 'improvement.report_share' : 'improvement.report_revoke',
    { type: 'initiative', id },
    {},
  );
  return getInitiative(db, auth, id);
}
