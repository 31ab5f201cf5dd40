import type { Kysely } from 'kysely';
import { JourneyBody } from '../../shared/api/journeys.ts';
import type { CjmlExportInput, CjmlImportInput } from '../../shared/api/journeys-cjml.ts';
import { type ConvertedJourney, journeyToCjmlXml, readCjml } from '../../shared/journey/cjml/index.ts';
import { type Journey, LIMITS } from '../../shared/journey/index.ts';
import type { AuthContext } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { AppError, type FieldError, invalidField } from '../http/app-error.ts';
import { issueToFieldError } from '../http/zod-issues.ts';
import { assertMayEdit, editRights } from './access.ts';
import { cjmlPath } from './cjml-paths.ts';
import { getJourney, journeySlug } from './queries.ts';
import { insertNew } from './service.ts';
import { existingUnitIds, unitIdsByName } from './units-repository.ts';

type Db = Kysely<Database>;

/** One version as a CJML 2.0 file: planned, or actual (see shared/api/journeys-cjml.ts). */
export async function exportCjml(db: Db, auth: AuthContext, id: string, query: CjmlExportInput) {
  const detail = await getJourney(db, auth, id, query.version);
  const plannedId = `borgerblik-${detail.id}-v${detail.version}`;
  const actual = query.kind === 'actual';
  const text = journeyToCjmlXml(detail.journey, {
    kind: query.kind,
    journeyId: actual ? `${plannedId}-actual` : plannedId,
    ...(actual ? { plannedReference: plannedId } : {}),
    ...(actual && query.start ? { start: new Date(query.start) } : {}),
  });
  const suffix = actual ? '-actual' : '';
  return { filename: `${journeySlug(detail.title)}-v${detail.version}${suffix}.cjml.xml`, text };
}

function importFailed(fields: FieldError[]): AppError {
  return new AppError('journey_import_invalid', { count: fields.length }, fields.slice(0, LIMITS.issues));
}

/** The journey schema's rules (lengths, limits, the API's step ceiling), named by CJML element path. */
function schemaErrors(converted: ConvertedJourney): { journey?: Journey; fields: FieldError[] } {
  const parsed = JourneyBody.safeParse(converted.journey);
  if (parsed.success) return { journey: parsed.data, fields: [] };
  const fields = parsed.error.issues.flatMap((zodIssue) => {
    const { code, path, message: _message, ...params } = zodIssue;
    const instancePath = `/${path.map(String).join('/')}`;
    return issueToFieldError({ keyword: code, instancePath, params }, 'body', converted.journey).map(
      (field) => ({ ...field, path: cjmlPath(converted, path) }),
    );
  });
  return { fields };
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
  const ownerUnitId = input.ownerUnitId ?? null;
  if (ownerUnitId && !(await existingUnitIds(db, auth, [ownerUnitId])).has(ownerUnitId)) {
    throw invalidField('ownerUnitId', 'unknown_reference');
  }
  assertMayEdit(await editRights(db, auth), ownerUnitId);
  const byName = await unitIdsByName(db, auth);
  const created = [];
  for (const { journey } of checked) {
    if (!journey) continue;
    const linked: Journey = {
      ...journey,
      ownerUnitId,
      actors: journey.actors.map((actor) => {
        const unitId = actor.unitName ? byName.get(actor.unitName) : undefined;
        return unitId ? { ...actor, unitId } : actor;
      }),
    };
    created.push(await insertNew(db, auth, linked, 'CJML', 'journey.import_cjml'));
  }
  return created;
}
