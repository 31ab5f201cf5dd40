import type { ConformancePlan } from '../../shared/eventlog/conformance/index.ts';
import { actorBoundary, type Journey } from '../../shared/journey/index.ts';

/**
 * The plan conformance checks against: the version's steps in their order, each with the boundary
 * (organisation and department) of its actor, and the confirmed activity → step mapping.
 */
export function planOf(journey: Journey, activities: Record<string, string>): ConformancePlan {
  const actors = new Map(journey.actors.map((a) => [a.id, a]));
  return {
    steps: journey.steps.map((s) => {
      const actor = actors.get(s.actorId);
      const b = actor ? actorBoundary(actor) : { organisation: '', department: null };
      return { id: s.id, boundary: `${b.organisation}/${b.department ?? ''}` };
    }),
    activities,
  };
}
