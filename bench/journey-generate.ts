import type { Actor, Journey, Stage, Step } from '../shared/journey/index.ts';

const KINDS = ['employee', 'department', 'external', 'self_service', 'relative'] as const;
const CHANNELS = ['in_person', 'phone', 'letter_digital_post', 'self_service', 'home_visit'] as const;

function actor(i: number): Actor {
  const kind = KINDS[i % KINDS.length] ?? 'employee';
  const id = `a${i + 1}`;
  const department = `afdeling-${i % 6}`;
  if (kind === 'employee') return { id, kind, profession: `Profession ${i + 1}`, department };
  if (kind === 'external')
    return { id, kind, name: `Partner ${i + 1}`, organisation: `Organisation ${i % 4}` };
  if (kind === 'relative') return { id, kind, name: `Pårørende ${i + 1}` };
  return { id, kind, name: `Afdeling ${i + 1}`, department };
}

/**
 * A synthetic journey of `steps` steps among `actors` actors, deterministic, with stages every ten
 * steps, waits, emotions, pain points on every seventh step and some back-and-forth, so metrics,
 * hotspots and both layouts have real work to do. Used by the benchmark and the e2e scale test.
 */
export function generateJourney(steps: number, actors: number): Journey {
  const actorList = Array.from({ length: actors }, (_, i) => actor(i));
  const stages: Stage[] = Array.from({ length: Math.ceil(steps / 10) }, (_, i) => ({
    id: `f${i + 1}`,
    name: `Fase ${i + 1}`,
  }));
  const stepList: Step[] = Array.from({ length: steps }, (_, i) => {
    // Every fourth step returns to the actor two steps back, which makes ping-pong hotspots.
    const a = i % 4 === 3 ? (i - 2) % actors : (i * 7 + Math.floor(i / 3)) % actors;
    return {
      id: `s${i + 1}`,
      actorId: `a${a + 1}`,
      channel: CHANNELS[i % CHANNELS.length] ?? 'in_person',
      description: `Trin ${i + 1}: borgeren har kontakt om sagen`,
      stageId: `f${Math.floor(i / 10) + 1}`,
      durationMinutes: 15 + (i % 4) * 15,
      waitingMinutes: (i % 5) * 60 * 24,
      emotion: ((i * 3) % 5) - 2,
      painPoints: i % 7 === 0 ? ['Venter på svar'] : [],
      opportunities: [],
      tags: [],
      handover: 'auto',
    };
  });
  return {
    title: `Syntetisk rejse med ${steps} trin`,
    persona: 'Testborger',
    situation: '',
    ownerUnitId: null,
    status: 'draft',
    stages,
    actors: actorList,
    steps: stepList,
    assessment: {},
  };
}
