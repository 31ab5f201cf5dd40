import type { Kysely } from 'kysely';
import { DEMO_JOURNEYS } from '../../shared/journey/demo.ts';
import { sickLeaveToBe } from '../../shared/journey/demo-to-be.ts';
import type { Journey } from '../../shared/journey/index.ts';
import type { Database } from '../db/types.ts';
import { storedMetrics } from './metrics.ts';
import { insertJourney, insertVersion } from './repository.ts';

/**
 * The demo journeys name units as a municipality would ("Jobcenter – Sygedagpenge"); Demokommune's
 * tree uses shorter names. Names not listed here are matched as they are.
 */
const UNIT_ALIASES: Record<string, string> = {
  'Jobcenter – Sygedagpenge': 'Sygedagpenge',
  'Jobcenter – Virksomhedsservice': 'Virksomhedsservice',
  Ydelseskontoret: 'Ydelsesservice',
  Genoptræningscentret: 'Træning og Rehabilitering',
  Rehabiliteringsteamet: 'Jobcenter',
  'Hjemmeplejen Distrikt Nord': 'Hjemmepleje Nord',
  Hjemmesygeplejen: 'Sygeplejen',
  Hjælpemiddelcentret: 'Visitation og Hjælpemidler',
  'Visitationen, Sundhed og Omsorg': 'Visitationen',
  Familiehuset: 'Børne- og familierådgivningen',
  'Pædagogisk Psykologisk Rådgivning': 'PPR',
  'Dagtilbud Øst': 'Dagtilbud',
};

/** Links actors to units by name and sets the owner unit; unknown names stay unlinked. */
function linkUnits(journey: Journey, owner: string, unitIdsByName: ReadonlyMap<string, string>): Journey {
  const find = (name: string | undefined) =>
    name === undefined ? undefined : unitIdsByName.get(UNIT_ALIASES[name] ?? name);
  return {
    ...journey,
    ownerUnitId: find(owner) ?? null,
    actors: journey.actors.map((actor) => {
      const unitId = find(actor.unitName);
      return unitId ? { ...actor, unitId } : actor;
    }),
  };
}

/** Seeds Demokommune's journeys: the three shared demo journeys (as-is) and one to-be variant. */
export async function seedDemoJourneys(
  db: Kysely<Database>,
  municipalityId: string,
  unitIdsByName: ReadonlyMap<string, string>,
): Promise<void> {
  const tenant = { municipalityId };
  const sickLeave = linkUnits(DEMO_JOURNEYS.sickLeave, 'Sygedagpenge', unitIdsByName);
  const journeys = [
    sickLeave,
    linkUnits(DEMO_JOURNEYS.homeCare, 'Visitationen', unitIdsByName),
    linkUnits(DEMO_JOURNEYS.childSupport, 'Børne- og familierådgivningen', unitIdsByName),
    sickLeaveToBe(sickLeave),
  ];
  for (const journey of journeys) {
    const metrics = storedMetrics(journey);
    const head = {
      title: journey.title,
      persona: journey.persona,
      status: journey.status,
      ownerUnitId: journey.ownerUnitId,
      metrics,
    };
    const { id } = await insertJourney(db, tenant, head, null);
    const note = 'Demodata';
    await insertVersion(db, tenant, { journeyId: id, version: 1, document: journey, metrics, note }, null);
  }
}
