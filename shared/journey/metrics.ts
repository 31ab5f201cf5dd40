import { type Actor, actorBoundary } from './actor.ts';
import { analyseContacts, type Contact } from './contacts.ts';
import type { Journey } from './journey.ts';

/** Headline figures of one journey. Counts of actors only include actors the citizen actually meets. */
export interface JourneyMetrics {
  steps: number;
  actors: number;
  employees: number;
  /** Distinct professions among employees met (case- and space-insensitive). */
  professions: number;
  /** Distinct municipal departments met (department keys inside the owning organisation). */
  departments: number;
  /** Distinct external organisations met. */
  externalPartners: number;
  handovers: number;
  derivedHandovers: number;
  explicitHandovers: number;
  /** Handovers crossing a department or an organisation boundary. */
  boundaryHandovers: number;
  departmentBoundaryHandovers: number;
  organisationBoundaryHandovers: number;
  /** Non-consecutive returns to an actor met before. */
  repeatedContacts: number;
  totalDurationMinutes: number;
  totalWaitingMinutes: number;
  /** Waiting plus contact time, first step to last. */
  totalElapsedMinutes: number;
  stepsWithPainPoints: number;
  /** Share of steps with at least one pain point, 0…1 (0 for an empty journey). */
  painPointShare: number;
  /** The lowest emotion and the first step where it occurs; null when no step has an emotion. */
  lowestEmotion: { value: number; stepId: string } | null;
}

/** Metric keys whose values are plain numbers, in display order (used by comparisons). */
export const NUMERIC_METRICS = [
  'steps',
  'actors',
  'employees',
  'professions',
  'departments',
  'externalPartners',
  'handovers',
  'derivedHandovers',
  'explicitHandovers',
  'boundaryHandovers',
  'departmentBoundaryHandovers',
  'organisationBoundaryHandovers',
  'repeatedContacts',
  'totalDurationMinutes',
  'totalWaitingMinutes',
  'totalElapsedMinutes',
  'stepsWithPainPoints',
  'painPointShare',
] as const satisfies readonly (keyof JourneyMetrics)[];
export type NumericMetric = (typeof NUMERIC_METRICS)[number];

function countActors(met: readonly Actor[]) {
  const professions = new Set<string>();
  const departments = new Set<string>();
  const partners = new Set<string>();
  let employees = 0;
  for (const actor of met) {
    const boundary = actorBoundary(actor);
    if (actor.kind === 'employee') {
      employees += 1;
      professions.add(actor.profession.trim().toLocaleLowerCase('da').replace(/\s+/g, ' '));
    }
    if (actor.kind === 'external') partners.add(boundary.organisation);
    else if (actor.kind !== 'relative' && boundary.department !== null) departments.add(boundary.department);
  }
  return { employees, professions: professions.size, departments: departments.size, partners: partners.size };
}

/** Computes all metrics in one pass over the steps (2,000 steps take well under a millisecond). */
export function journeyMetrics(
  journey: Pick<Journey, 'actors' | 'steps'>,
  contacts?: Contact[],
): JourneyMetrics {
  const all = contacts ?? analyseContacts(journey);
  const byId = new Map(journey.actors.map((actor) => [actor.id, actor]));
  const metIds = new Set(journey.steps.map((step) => step.actorId));
  const met = [...metIds].flatMap((id) => byId.get(id) ?? []);
  const actorCounts = countActors(met);
  const metrics: JourneyMetrics = {
    steps: journey.steps.length,
    actors: metIds.size,
    employees: actorCounts.employees,
    professions: actorCounts.professions,
    departments: actorCounts.departments,
    externalPartners: actorCounts.partners,
    handovers: 0,
    derivedHandovers: 0,
    explicitHandovers: 0,
    boundaryHandovers: 0,
    departmentBoundaryHandovers: 0,
    organisationBoundaryHandovers: 0,
    repeatedContacts: 0,
    totalDurationMinutes: 0,
    totalWaitingMinutes: 0,
    totalElapsedMinutes: all.at(-1)?.endMinute ?? 0,
    stepsWithPainPoints: 0,
    painPointShare: 0,
    lowestEmotion: null,
  };
  for (const contact of all) {
    if (contact.isHandover) metrics.handovers += 1;
    if (contact.handoverSource === 'derived') metrics.derivedHandovers += 1;
    if (contact.handoverSource === 'explicit') metrics.explicitHandovers += 1;
    if (contact.crossesDepartment) metrics.departmentBoundaryHandovers += 1;
    if (contact.crossesOrganisation) metrics.organisationBoundaryHandovers += 1;
    if (contact.crossesDepartment || contact.crossesOrganisation) metrics.boundaryHandovers += 1;
    if (contact.isReturn) metrics.repeatedContacts += 1;
  }
  for (const step of journey.steps) {
    metrics.totalDurationMinutes += step.durationMinutes ?? 0;
    metrics.totalWaitingMinutes += step.waitingMinutes ?? 0;
    if (step.painPoints.length > 0) metrics.stepsWithPainPoints += 1;
    if (
      step.emotion !== undefined &&
      (metrics.lowestEmotion === null || step.emotion < metrics.lowestEmotion.value)
    ) {
      metrics.lowestEmotion = { value: step.emotion, stepId: step.id };
    }
  }
  if (journey.steps.length > 0) metrics.painPointShare = metrics.stepsWithPainPoints / journey.steps.length;
  return metrics;
}
