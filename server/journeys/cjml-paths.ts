import type { ConvertedJourney, Loc } from '../../shared/journey/cjml/index.ts';

/** Borgerblik field → the CJML element that carried it, per part of the journey. */
const JOURNEY_FIELDS: Record<string, string> = {
  title: 'journeyTitle',
  persona: 'journeyShortSummary',
  situation: 'journeyLongSummary',
  steps: 'touchpoints',
  actors: 'actors',
  stages: 'journeyPhases',
};
const STEP_FIELDS: Record<string, string> = {
  description: 'comment',
  channel: 'channel/channelName',
  durationMinutes: 'touchpointDuration',
  waitingMinutes: 'deltaTime',
  emotion: 'touchpointExperience/experienceRating',
};
const ACTOR_FIELDS: Record<string, string> = {
  name: 'actorName',
  profession: 'actorName',
  organisation: 'companyName',
  department: 'bb:department',
  unitName: 'bb:unitName',
};
const STAGE_FIELDS: Record<string, string> = { name: 'phaseName', description: 'phaseDescription' };

function below(loc: Loc | undefined, fields: Record<string, string>, rest: readonly PropertyKey[]) {
  if (!loc) return undefined;
  const field = rest[0];
  const element = typeof field === 'string' ? fields[field] : undefined;
  return element ? `${loc.path}/${element}` : loc.path;
}

/**
 * The CJML element path for a problem the journey schema found at `path` (e.g. `steps[3].description`
 * → `/CJML/plannedJourney/touchpoints/plannedCommunicationPoint[2]/comment`), so schema problems name
 * the place in the file like the parser's own problems do.
 */
export function cjmlPath(converted: ConvertedJourney, path: readonly PropertyKey[]): string {
  const [section, index, ...rest] = path;
  const item = typeof index === 'number' ? index : undefined;
  const found =
    item === undefined
      ? undefined
      : section === 'steps'
        ? below(converted.steps[item], STEP_FIELDS, rest)
        : section === 'actors'
          ? below(converted.actors[item], ACTOR_FIELDS, rest)
          : section === 'stages'
            ? below(converted.stages[item], STAGE_FIELDS, rest)
            : undefined;
  if (found) return found;
  const element = typeof section === 'string' ? JOURNEY_FIELDS[section] : undefined;
  return element ? `${converted.at.path}/${element}` : converted.at.path;
}
