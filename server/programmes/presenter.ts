import type { listActionPlans, listNotes, listPhases } from './plan-repository.ts';
import type { ProgrammeRow, programmeUnits } from './repository.ts';

type Rows<F extends (...args: never[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>;

/** A programme's settings as the API shows them. */
export function presentProgramme(row: ProgrammeRow) {
  return {
    id: row.id,
    name: row.name,
    purpose: row.purpose,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    baselineMonths: row.baseline_months,
    followUpMonths: row.follow_up_months,
    nextSteps: row.next_steps,
  };
}

/** The whole plan: settings, units, phases, focus-group notes and quotes, action plans. */
export function presentPlan(
  row: ProgrammeRow,
  units: Rows<typeof programmeUnits>,
  phases: Rows<typeof listPhases>,
  notes: Rows<typeof listNotes>,
  plans: Rows<typeof listActionPlans>,
) {
  return {
    ...presentProgramme(row),
    units: units.map((u) => ({ unitId: u.unit_id, role: u.role, teams: u.teams })),
    phases: phases.map((p) => ({
      id: p.id,
      kind: p.kind,
      title: p.title,
      startsOn: p.starts_on,
      endsOn: p.ends_on,
      team: p.team,
      notes: p.notes,
      done: p.done,
    })),
    notes: notes.map((n) => ({ id: n.id, kind: n.kind, heldOn: n.held_on, unitId: n.unit_id, body: n.body })),
    actionPlans: plans.map((p) => ({
      id: p.id,
      unitId: p.unit_id,
      participant: p.participant,
      buddy: p.buddy,
      goal: p.goal,
      actions: p.actions,
      followUpOn: p.follow_up_on,
      status: p.status,
      followUpNote: p.follow_up_note,
      shared: p.shared,
    })),
  };
}
