import type { Channel, StepInput } from './step.ts';

/** Minutes in `h` hours, for compact demo data. */
export const hours = (h: number) => Math.round(h * 60);

type StepExtras = Omit<StepInput, 'id' | 'actorId' | 'channel' | 'description' | 'stageId'>;

/** Builds a demo step compactly; the journey schema fills the remaining defaults. */
export function step(
  id: string,
  stageId: string,
  actorId: string,
  channel: Channel,
  description: string,
  extras: StepExtras = {},
): StepInput {
  return { id, stageId, actorId, channel, description, ...extras };
}
