import type { Kysely, Transaction } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import type { TextTranslationTable } from './tables.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** The languages a municipality added, oldest first. */
export async function listAddedLanguages(db: Db, tenant: Tenant): Promise<string[]> {
  const rows = await db
    .selectFrom('municipality_language')
    .select('language')
    .where('municipality_id', '=', tenant.municipalityId)
    .orderBy('created_at')
    .orderBy('language')
    .execute();
  return rows.map((r) => r.language);
}

/** Adds a language; adding it twice is not an error. */
export async function addLanguage(db: Db, tenant: Tenant, language: string): Promise<void> {
  await db
    .insertInto('municipality_language')
    .values({ municipality_id: tenant.municipalityId, language })
    .onConflict((oc) => oc.columns(['municipality_id', 'language']).doNothing())
    .execute();
}

/** A municipality's own texts in some languages (all keys; a few hundred rows at most per language). */
export async function listOverrides(
  db: Db,
  municipalityId: string,
  languages: readonly string[],
): Promise<Pick<TextTranslationTable, 'language' | 'text_key' | 'text' | 'status'>[]> {
  if (languages.length === 0) return [];
  return db
    .selectFrom('text_translation')
    .select(['language', 'text_key', 'text', 'status'])
    .where('municipality_id', '=', municipalityId)
    .where('language', 'in', languages)
    .orderBy('language')
    .orderBy('text_key')
    .execute();
}

/** Writes texts of one language (insert or replace), in the caller's transaction. */
export async function upsertTexts(
  db: Db,
  tenant: Tenant,
  language: string,
  rows: { key: string; text: string; status: 'reviewed' | 'unreviewed' }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    await db
      .insertInto('text_translation')
      .values(
        chunk.map((r) => ({
          municipality_id: tenant.municipalityId,
          language,
          text_key: r.key,
          text: r.text,
          status: r.status,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['municipality_id', 'language', 'text_key']).doUpdateSet((eb) => ({
          text: eb.ref('excluded.text'),
          status: eb.ref('excluded.status'),
          updated_at: new Date(),
        })),
      )
      .execute();
  }
}
