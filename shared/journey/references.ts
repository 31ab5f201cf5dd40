import type { z } from 'zod';
import type { journeyShapeSchema } from './journey.ts';

type JourneyShape = z.output<typeof journeyShapeSchema>;

/** Machine-readable reason of a cross-reference problem; the UI translates it. */
export type ReferenceIssueCode = 'duplicate_id' | 'unknown_actor' | 'unknown_stage' | 'unknown_step';

export interface ReferenceIssue {
  path: (string | number)[];
  message: string;
  params: { code: ReferenceIssueCode; id: string };
}

function issue(path: (string | number)[], code: ReferenceIssueCode, id: string): ReferenceIssue {
  const what = {
    duplicate_id: 'duplicate id',
    unknown_actor: 'unknown actor',
    unknown_stage: 'unknown stage',
    unknown_step: 'unknown step',
  }[code];
  return { path, message: `${what} "${id}"`, params: { code, id } };
}

/** Ids of `items`, reporting every repeat at `<collection>[i].id`. */
function collectIds(items: { id: string }[], collection: string, out: ReferenceIssue[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) out.push(issue([collection, index, 'id'], 'duplicate_id', item.id));
    seen.add(item.id);
  });
  return seen;
}

/**
 * Cross-reference checks zod cannot express per field: unique ids per collection and resolvable
 * actor, stage and step references. Linear in the journey's size.
 */
export function checkReferences(journey: JourneyShape): ReferenceIssue[] {
  const out: ReferenceIssue[] = [];
  const actorIds = collectIds(journey.actors, 'actors', out);
  const stageIds = collectIds(journey.stages, 'stages', out);
  const stepIds = collectIds(journey.steps, 'steps', out);
  journey.steps.forEach((step, index) => {
    if (!actorIds.has(step.actorId))
      out.push(issue(['steps', index, 'actorId'], 'unknown_actor', step.actorId));
    if (step.stageId !== undefined && !stageIds.has(step.stageId)) {
      out.push(issue(['steps', index, 'stageId'], 'unknown_stage', step.stageId));
    }
  });
  for (const [key, answer] of Object.entries(journey.assessment)) {
    answer?.stepIds.forEach((id, index) => {
      if (!stepIds.has(id)) out.push(issue(['assessment', key, 'stepIds', index], 'unknown_step', id));
    });
  }
  return out;
}
