import { actorLabel, type Hotspot, type Journey } from '../../shared/journey/index.ts';
import type { Translate } from '../i18n/translate.ts';

/** Step numbers as people count them (1-based), compressed: "3–6, 9". */
export function stepNumbers(journey: Journey, stepIds: readonly string[]): string {
  const index = new Map(journey.steps.map((step, i) => [step.id, i + 1]));
  const numbers = stepIds.flatMap((id) => index.get(id) ?? []).sort((a, b) => a - b);
  const runs: string[] = [];
  let start = numbers[0];
  let prev = start;
  for (const n of [...numbers.slice(1), Number.NaN]) {
    if (start === undefined || prev === undefined) break;
    if (n === prev + 1) {
      prev = n;
      continue;
    }
    runs.push(start === prev ? String(start) : `${start}–${prev}`);
    start = n;
    prev = n;
  }
  return runs.join(', ');
}

/** The hotspot as a translated sentence, naming actors and stages by their labels. */
export function hotspotText(t: Translate, journey: Journey, hotspot: Hotspot): string {
  const actorName = (id: string) => {
    const actor = journey.actors.find((a) => a.id === id);
    return actor ? actorLabel(actor).label : id;
  };
  switch (hotspot.kind) {
    case 'crowded_stage': {
      const stage =
        journey.stages.find((s) => s.id === hotspot.params.stageId)?.name ?? hotspot.params.stageId;
      return t('journeys.hotspot.crowded_stage', { stage, actors: hotspot.params.actors });
    }
    case 'ping_pong':
      return t('journeys.hotspot.ping_pong', {
        a: actorName(hotspot.params.actorA),
        b: actorName(hotspot.params.actorB),
        count: hotspot.params.occurrences,
      });
    case 'handover_burst':
      return t('journeys.hotspot.handover_burst', {
        handovers: hotspot.params.handovers,
        steps: hotspot.params.spanSteps,
      });
  }
}
