import type { Kysely } from 'kysely';
import { JourneyBody } from '../../shared/api/journeys.ts';
import type { CjmlExportInput, CjmlImportInput } from '../../shared/api/journeys-cjml.ts';
import { type ConvertedJourney, journeyToCjmlXml, readCjml } from '../../shared/journey/cjml/index.ts';
import type { Journey } from '../../shared/journey/index.ts';
import type { AuthContext } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import type { FieldError } from '../http/app-error.ts';
import { cjmlPath } from './cjml-paths.ts';
import { variantOf } from './cjml-variant.ts';
import { getJourney, journeySlug } from './queries.ts';
import { insertNew, linkImported } from './service.ts';
import { importFailed, zodFields } from './validate.ts';

type Db = Kysely<Database>;

/** One version as a CJML 2.0 file: planned, actual, or a variant of it (see shared/api/journeys-cjml.ts). */
export async function exportCjml(db: Db, auth: AuthContext, id: string, query: CjmlExportInput) {
  const detail = await getJourney(db, auth, id, query.version);
  const plannedId = `borgerblik-${detail.id}-v${detail.version}`;
  const actual = query.kind === 'actual';
  const variant = query.variant ? variantOf(detail.journey, query.variant, query.waits, query.title) : null;
  const text = journeyToCjmlXml(variant?.journey ?? detail.journey, {
    kind: query.kind,
    journeyId: variant ? `${plannedId}-variant` : actual ? `${plannedId}-actual` : plannedId,
    ...(actual ? { plannedReference: plannedId } : {}),
    ...(actual && query.start ? { start: new Date(query.start) } : {}),
    ...(variant ? { deviatingSteps: variant.steps, deviatingHandovers: variant.handovers } : {}),
  });
  const suffix = variant ? '-variant' : actual ? '-actual' : '';
  return { filename: `${journeySlug(detail.title)}-v${detail.version}${suffix}.cjml.xml`, text };
}

/** The journey schema's rules (lengths, limits, the API's step ceiling), named by CJML element path. */
function schemaErrors(converted: ConvertedJourney): { journey?: Journey; fields: FieldError[] } {
  const parsed = JourneyBody.safeParse(converted.journey);
  if (parsed.success) return { journey: parsed.data, fields: [] };
  return { fields: zodFields(parsed.error.issues, converted.journey, (path) => cjmlPath(converted, path)) };
}

/**
 * Imports every journey of a CJML 2.0 file as a new draft journey in the caller's municipality, all
 * or nothing (the route runs this in one transaction). Problems come back as one 400 naming element
 * paths. Actors are linked to org units by their `bb:unitName` when one matches; CJML carries no ids.
 */
export async function importCjml(db: Db, auth: AuthContext, input: CjmlImportInput) {
  const read = readCjml(input.xml);
  if (!read.ok) {
    throw importFailed(read.issues.map(({ path, problem, params }) => ({ path, problem, params })));
  }
  const checked = read.journeys.map(schemaErrors);
  const fields = checked.flatMap((result) => result.fields);
  if (fields.length > 0) throw importFailed(fields);
  const created = [];
  for (const { journey } of checked) {
    if (!journey) continue;
    // CJML carries no unit ids: actors are linked by their `bb:unitName`, the owner is the caller's pick.
    const linked = await linkImported(db, auth, journey, input.ownerUnitId ?? null, '');
    created.push(await insertNew(db, auth, linked, 'CJML', 'journey.import_cjml'));
  }
  return created;
}
