import { useMemo, useRef } from 'react';
import type { Journey } from '../../shared/journey/index.ts';

/**
 * Everything the drawing, the line view and the metrics depend on, as one string: actors, stages and
 * each step without its description. Typing a description does not change it.
 */
export function structureKey(journey: Journey): string {
  const steps = journey.steps.map(
    (s) =>
      `${s.id}|${s.actorId}|${s.handover}|${s.stageId ?? ''}|${s.channel}|${s.emotion ?? ''}|${s.waitingMinutes ?? ''}|${s.durationMinutes ?? ''}|${s.painPoints.join('\u0001')}`,
  );
  // The dragged positions are structure too: the drawing must follow a drop.
  return `${JSON.stringify(journey.actors)}\u0000${JSON.stringify(journey.stages)}\u0000${JSON.stringify(journey.layout ?? null)}\u0000${steps.join('\u0000')}`;
}

/**
 * The same journey object for as long as its structure is unchanged, so memoised layouts and SVG
 * subtrees skip work while someone types a step description (which matters at 1,000 steps).
 */
export function useStructural(journey: Journey): Journey {
  const key = useMemo(() => structureKey(journey), [journey]);
  const last = useRef({ key, journey });
  if (last.current.key !== key) last.current = { key, journey };
  return last.current.journey;
}
