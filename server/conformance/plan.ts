import type { Mapping } from '../../shared/api/conformance.ts';
import type { ConformancePlan } from '../../shared/eventlog/conformance/index.ts';
import { actorBoundary, handoverPairs, type Journey } from '../../shared/journey/index.ts';

/**
 * The plan conformance checks against: the version's steps in their order, each with the boundary
 * (organisation and department) of its actor, the confirmed activity → step mapping, and the
 * resource/group → actor mapping with the plan's handovers between actors (as the drawing has them).
 */
export function planOf(
  journey: Journey,
  mapping: Pick<Mapping, 'activities' | 'actors' | 'actorBy'>,
): ConformancePlan {
  const actors = new Map(journey.actors.map((a) => [a.id, a]));
  return {
    steps: journey.steps.map((s) => {
      const actor = actors.get(s.actorId);
      const b = actor ? actorBoundary(actor) : { organisation: '', department: null };
      return { id: s.id, boundary: `${b.organisation}/${b.department ?? ''}` };
    }),
    activities: mapping.activities,
    actors: mapping.actors,
    actorBy: mapping.actorBy,
    actorHandovers: handoverPairs(journey),
  };
}
