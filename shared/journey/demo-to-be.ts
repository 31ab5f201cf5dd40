import type { Journey } from './journey.ts';

/**
 * Who the citizen meets instead in the proposed (to-be) sick-leave course: one caseworker follows Jens
 * throughout ("én indgang"). She fills in the form with him by phone, gives him the decision on
 * sickness benefit herself and takes part in the rehabilitation team's meeting as his contact, so the
 * self-service form, the benefits office, the second caseworker and the team are no longer separate
 * contacts for him.
 */
const MERGED_INTO_CASEWORKER: Record<string, string> = {
  sagsbehandler2: 'sagsbehandler1',
  sygedagpenge: 'sagsbehandler1',
  ydelse: 'sagsbehandler1',
  rehabteam: 'sagsbehandler1',
};

/** Steps that disappear: with the caseworker's call the union's help with the form is not needed. */
const DROPPED_STEPS = new Set(['s5']);

/**
 * The to-be version of the sick-leave journey, built from the as-is one so the demo compares like with
 * like. It has fewer handovers and fewer handovers across departments and organisations (checked by
 * `demo-to-be.test.ts`), and a short text in the assessment says what changed.
 */
export function sickLeaveToBe(asIs: Journey): Journey {
  const steps = asIs.steps
    .filter((step) => !DROPPED_STEPS.has(step.id))
    .map((step) => {
      const actorId = MERGED_INTO_CASEWORKER[step.actorId];
      return actorId
        ? { ...step, actorId, channel: step.channel === 'self_service' ? 'phone' : step.channel }
        : step;
    });
  const used = new Set(steps.map((step) => step.actorId));
  const stepIds = new Set(steps.map((step) => step.id));
  return {
    ...asIs,
    title: `${asIs.title} – ønsket forløb`,
    status: 'to_be',
    actors: asIs.actors.filter((actor) => used.has(actor.id)),
    steps,
    assessment: {
      improvements: {
        text: 'Én sagsbehandler følger Jens hele vejen: hun udfylder skemaet med ham i telefonen, giver selv afgørelsen om sygedagpenge og er med på rehabiliteringsteamets møde.',
        stepIds: [...stepIds].filter((id) => id === 's4' || id === 's7' || id === 's21'),
      },
    },
  };
}
