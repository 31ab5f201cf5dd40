import type { Kysely } from 'kysely';
import type { OpenDataStatus } from '../../../shared/api/integrations.ts';
import { recordAudit } from '../../audit/repository.ts';
import type { AuthContext } from '../../auth/context.ts';
import type { Database } from '../../db/types.ts';
import * as repo from './repository.ts';

type Db = Kysely<Database>;

/** The stable public addresses of a municipality's open data. */
export function openDataUrls(slug: string) {
  const base = `/open/${encodeURIComponent(slug)}`;
  return {
    json: `${base}/indicators.json`,
    csv: `${base}/indicators.csv`,
    metadata: `${base}/catalog.jsonld`,
  };
}

export async function openDataStatus(db: Db, auth: AuthContext): Promise<OpenDataStatus> {
  const [row, m] = await Promise.all([repo.findPublication(db, auth), repo.municipalitySlug(db, auth)]);
  return { enabled: !!row, publishedAt: row?.published_at.toISOString() ?? null, urls: openDataUrls(m.slug) };
}

/** Switches publication on or off (audited). Off is the default. */
export async function setOpenData(db: Db, auth: AuthContext, enabled: boolean) {
  await db.transaction().execute(async (tx) => {
    if (enabled) await repo.publish(tx, auth, auth.userId);
    else await repo.unpublish(tx, auth);
    await recordAudit(tx, auth, auth.userId, enabled ? 'opendata.publish' : 'opendata.unpublish', null, {});
  });
  return openDataStatus(db, auth);
}
