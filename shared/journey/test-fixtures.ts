import type { Actor } from './actor.ts';
import { emptyJourney, type Journey } from './journey.ts';
import type { Step } from './step.ts';

/** Test-only helpers: compact journeys where each step is just an actor id. */
export const ACTORS: Actor[] = [
  { id: 'A', kind: 'employee', profession: 'Sagsbehandler', department: 'jobcenter' },
  { id: 'B', kind: 'employee', profession: 'sagsbehandler ', department: 'jobcenter' },
  { id: 'C', kind: 'employee', profession: 'Fysioterapeut', department: 'sundhed' },
  { id: 'D', kind: 'department', name: 'Ydelse' },
  { id: 'G', kind: 'external', name: 'Egen læge', organisation: 'Lægehuset' },
  { id: 'H', kind: 'external', name: 'Hospital', organisation: 'Regionen' },
  { id: 'S', kind: 'self_service', name: 'Selvbetjening', department: 'jobcenter' },
  { id: 'R', kind: 'relative', name: 'Datter' },
];

export function makeStep(id: string, actorId: string, extra: Partial<Step> = {}): Step {
  return {
    id,
    actorId,
    channel: 'in_person',
    description: '',
    painPoints: [],
    opportunities: [],
    tags: [],
    handover: 'auto',
    ...extra,
  };
}

/** `journeyOf('A A B A')` → steps s1…s4 with those actors; `extra` patches steps by index. */
export function journeyOf(sequence: string, extra: Record<number, Partial<Step>> = {}): Journey {
  const ids = sequence.split(/\s+/).filter(Boolean);
  return {
    ...emptyJourney('Test'),
    actors: ACTORS,
    steps: ids.map((actorId, index) => makeStep(`s${index + 1}`, actorId, extra[index])),
  };
}
