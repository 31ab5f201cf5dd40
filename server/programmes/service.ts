import type { Kysely } from 'kysely';
import type { ActionPlanInput, NoteInput, PhaseInput, ProgrammeInput } from '../../shared/api/programmes.ts';
import { screenText } from '../../shared/screening/screen.ts';
import { recordAudit } from '../audit/repository.ts';
import type { AuthContext } from '../auth/context.ts';
import { requireReferences } from '../db/references.ts';
import type { Database } from '../db/types.ts';
import { invalidField, notFound } from '../http/app-error.ts';
import * as plans from './plan-repository.ts';
import * as repo from './repository.ts';

type Db = Kysely<Database>;

/** Free text about meetings with citizens is screened like survey answers before storage. */
const screen = (auth: AuthContext, text: string) => screenText(text, auth.locale).text;

async function checkUnits(db: Db, auth: AuthContext, input: ProgrammeInput) {
  if (input.endsOn < input.startsOn) throw invalidField('endsOn', 'invalid');
  const seen = new Set<string>();
  for (const u of input.units) {
    if (seen.has(u.unitId)) throw invalidField('units', 'duplicate_id', { id: u.unitId });
    seen.add(u.unitId);
  }
  await requireReferences(
    db,
    auth,
    input.units.map((u, i) => ({ path: `units[${i}].unitId`, table: 'org_unit', id: u.unitId })),
  );
}

/** A note's or action plan's unit must be one of the caller's municipality. */
const requireUnit = (db: Db, auth: AuthContext, unitId: string | null) =>
  requireReferences(db, auth, [{ path: 'unitId', table: 'org_unit', id: unitId }]);

const programmeValues = (input: ProgrammeInput) => ({
  name: input.name,
  purpose: input.purpose,
  starts_on: input.startsOn,
  ends_on: input.endsOn,
  baseline_months: input.baselineMonths,
  follow_up_months: input.followUpMonths,
  next_steps: input.nextSteps,
});

/** Creates a programme with its participating and comparison units. */
export async function createProgramme(db: Db, auth: AuthContext, input: ProgrammeInput) {
  await checkUnits(db, auth, input);
  const id = await repo.insertProgramme(db, auth, programmeValues(input));
  await repo.setProgrammeUnits(db, auth, id, input.units);
  await recordAudit(
    db,
    auth,
    auth.userId,
    'programme.create',
    { type: 'programme', id },
    { name: input.name },
  );
  return id;
}

/** Replaces a programme's settings and units. */
export async function updateProgramme(db: Db, auth: AuthContext, id: string, input: ProgrammeInput) {
  if (!(await repo.findProgramme(db, auth, id))) throw notFound();
  await checkUnits(db, auth, input);
  await repo.updateProgramme(db, auth, id, programmeValues(input));
  await repo.setProgrammeUnits(db, auth, id, input.units);
  await recordAudit(
    db,
    auth,
    auth.userId,
    'programme.update',
    { type: 'programme', id },
    { name: input.name },
  );
}

export async function deleteProgramme(db: Db, auth: AuthContext, id: string) {
  if (!(await repo.deleteProgramme(db, auth, id))) throw notFound();
  await recordAudit(db, auth, auth.userId, 'programme.delete', { type: 'programme', id }, {});
}

async function requireProgramme(db: Db, auth: AuthContext, id: string) {
  const programme = await repo.findProgramme(db, auth, id);
  if (!programme) throw notFound();
  return programme;
}

const phaseValues = (auth: AuthContext, p: PhaseInput): plans.PhaseValues => ({
  kind: p.kind,
  title: p.title,
  starts_on: p.startsOn,
  ends_on: p.endsOn,
  team: p.team,
  notes: screen(auth, p.notes),
  done: p.done,
});

const planValues = (auth: AuthContext, p: ActionPlanInput): plans.PlanValues => ({
  unit_id: p.unitId,
  participant: p.participant,
  buddy: p.buddy,
  goal: screen(auth, p.goal),
  actions: screen(auth, p.actions),
  follow_up_on: p.followUpOn,
  status: p.status,
  follow_up_note: screen(auth, p.followUpNote),
  shared: p.shared,
});

/** Adds a phase, focus-group note/quote or action plan to a programme. */
export async function addChild(
  db: Db,
  auth: AuthContext,
  programmeId: string,
  child:
    | { kind: 'phase'; input: PhaseInput }
    | { kind: 'note'; input: NoteInput }
    | { kind: 'plan'; input: ActionPlanInput },
) {
  await requireProgramme(db, auth, programmeId);
  if (child.kind !== 'phase') await requireUnit(db, auth, child.input.unitId);
  const id =
    child.kind === 'phase'
      ? await plans.insertChild(db, auth, programmeId, 'dialog_phase', phaseValues(auth, child.input))
      : child.kind === 'note'
        ? await plans.insertChild(db, auth, programmeId, 'dialog_note', {
            kind: child.input.kind,
            held_on: child.input.heldOn,
            unit_id: child.input.unitId,
            body: screen(auth, child.input.body),
          })
        : await plans.insertChild(db, auth, programmeId, 'dialog_action_plan', planValues(auth, child.input));
  await recordAudit(
    db,
    auth,
    auth.userId,
    `programme.${child.kind}_create`,
    { type: 'programme', id: programmeId },
    { id },
  );
  return id;
}

/** Changes a phase or an action plan (e.g. records the follow-up). */
export async function changeChild(
  db: Db,
  auth: AuthContext,
  programmeId: string,
  id: string,
  child: { kind: 'phase'; input: PhaseInput } | { kind: 'plan'; input: ActionPlanInput },
) {
  await requireProgramme(db, auth, programmeId);
  if (child.kind === 'plan') await requireUnit(db, auth, child.input.unitId);
  const ok =
    child.kind === 'phase'
      ? await plans.updateChild(db, auth, programmeId, 'dialog_phase', id, phaseValues(auth, child.input))
      : await plans.updateChild(
          db,
          auth,
          programmeId,
          'dialog_action_plan',
          id,
          planValues(auth, child.input),
        );
  if (!ok) throw notFound();
  await recordAudit(
    db,
    auth,
    auth.userId,
    `programme.${child.kind}_update`,
    { type: 'programme', id: programmeId },
    { id },
  );
}

const TABLES = { phase: 'dialog_phase', note: 'dialog_note', plan: 'dialog_action_plan' } as const;

export async function removeChild(
  db: Db,
  auth: AuthContext,
  programmeId: string,
  kind: keyof typeof TABLES,
  id: string,
) {
  if (!(await plans.deleteChild(db, auth, programmeId, TABLES[kind], id))) throw notFound();
  await recordAudit(
    db,
    auth,
    auth.userId,
    `programme.${kind}_delete`,
    { type: 'programme', id: programmeId },
    { id },
  );
}
