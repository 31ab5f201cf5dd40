import type { Kysely } from 'kysely';
import type { FieldProblem } from '../../shared/i18n/fields.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import { BUILTIN_LANGUAGES, canonicalTag } from '../../shared/languages/tags.ts';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { AppError, invalidField } from '../http/app-error.ts';
import { forgetMunicipalityPages } from '../public/survey-cache.ts';
import { builtinText, isLockedKey } from './builtin.ts';
import { type CatalogEntry, languageCatalog } from './catalog.ts';
import { parseTranslationCsv } from './csv.ts';
import { listAddedLanguages, upsertTexts } from './repository.ts';
import { type ImportedUnit, ImportProblem, parseXliff } from './xliff.ts';

/** The languages a municipality can offer: the built-in ones, then the ones it added. */
export async function municipalityLanguages(db: Kysely<Database>, tenant: Tenant): Promise<string[]> {
  const added = await listAddedLanguages(db, tenant);
  return [...new Set([...BUILTIN_LANGUAGES, ...added])];
}

/** A path's language: a well-formed tag the municipality offers, else 404. */
export async function requireLanguage(db: Kysely<Database>, tenant: Tenant, raw: string): Promise<string> {
  const tag = canonicalTag(raw);
  if (!tag || !(await municipalityLanguages(db, tenant)).includes(tag)) throw new AppError('not_found');
  return tag;
}

/** A new language tag, checked as BCP 47 (canonical form kept). */
export function validTag(raw: string): string {
  const tag = canonicalTag(raw);
  if (!tag) throw invalidField('tag', 'invalid_format');
  return tag;
}

/** The longest text a translation may have (as PutTextBody). */
const MAX_TEXT = 2000;

const placeholders = (s: string) =>
  [...s.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

/**
 * Checks a text against the catalogue: the key must exist, a locked indicator text cannot change, a
 * text keeps the source's `{placeholders}`, and "validated" can only be kept, never claimed.
 */
function check(entry: CatalogEntry | undefined, unit: ImportedUnit, language: string, element: string) {
  const problem = (reason: FieldProblem, params?: Record<string, string | number>) =>
    new ImportProblem(unit.line, element, reason, params);
  if (!entry) throw problem('translation_unknown_key', { key: unit.key });
  if (unit.text === null) return;
  if (unit.text.length > MAX_TEXT) throw problem('translation_too_long', { maximum: MAX_TEXT });
  if (isLockedKey(language, unit.key) && unit.text !== entry.text) throw problem('translation_locked_text');
  if (placeholders(unit.text) !== placeholders(entry.source))
    throw problem('translation_placeholders', { placeholders: placeholders(entry.source) || '–' });
  if (unit.status === 'validated' && builtinText(language, unit.key)?.status !== 'validated')
    throw problem('translation_validated_claim');
}

/**
 * Imports an agency's file for one language. Everything is checked before anything is written, and
 * the writes share one transaction: a file with one bad unit changes nothing. Only texts that differ
 * from what the municipality shows today are written.
 */
export async function importTranslations(
  db: Kysely<Database>,
  tenant: Tenant,
  language: string,
  format: 'xliff' | 'csv',
  body: string,
  source: Locale,
) {
  try {
    const xliff = format === 'xliff' ? parseXliff(body, language) : null;
    const units = xliff ? xliff.units : parseTranslationCsv(body);
    // An XLIFF file says which source it was translated from (srcLang); a CSV is read against `source`.
    const from: Locale = xliff?.source === 'da' || xliff?.source === 'nb' ? xliff.source : source;
    const catalog = new Map((await languageCatalog(db, tenant, language, from)).map((e) => [e.key, e]));
    const seen = new Set<string>();
    const writes: { key: string; text: string; status: 'reviewed' | 'unreviewed' }[] = [];
    let unchanged = 0;
    let untranslated = 0;
    for (const unit of units) {
      const element = format === 'xliff' ? `<unit id="${unit.key}">` : `key=${unit.key}`;
      if (seen.has(unit.key))
        throw new ImportProblem(unit.line, element, 'translation_duplicate_key', { key: unit.key });
      seen.add(unit.key);
      const entry = catalog.get(unit.key);
      check(entry, unit, language, element);
      if (unit.text === null) untranslated += 1;
      else if (entry && unit.text === entry.text && unit.status === entry.status) unchanged += 1;
      else if (!isLockedKey(language, unit.key))
        writes.push({
          key: unit.key,
          text: unit.text,
          status: unit.status === 'reviewed' ? 'reviewed' : 'unreviewed',
        });
      else unchanged += 1;
    }
    if (writes.length) {
      await db.transaction().execute((tx) => upsertTexts(tx, tenant, language, writes));
      // Only this municipality's cached citizen pages show its texts.
      forgetMunicipalityPages(tenant.municipalityId);
    }
    return { changed: writes.length, unchanged, untranslated };
  } catch (e) {
    if (e instanceof ImportProblem)
      // The reason is a field problem: localised when sent, and the message's {reason} (error-handler.ts).
      throw new AppError('translation_import_invalid', { line: e.line, element: e.element }, [
        { path: `line ${e.line}`, problem: e.reason, params: e.params },
      ]);
    throw e;
  }
}

/** Saves one text from the translation screen. */
export async function saveText(
  db: Kysely<Database>,
  tenant: Tenant,
  language: string,
  input: { key: string; text: string; status: 'reviewed' | 'unreviewed' },
  source: Locale,
): Promise<CatalogEntry> {
  const catalog = await languageCatalog(db, tenant, language, source);
  const entry = catalog.find((e) => e.key === input.key);
  if (!entry) throw invalidField('key', 'invalid');
  if (entry.locked) throw new AppError('translation_locked', { key: input.key });
  if (placeholders(input.text) !== placeholders(entry.source)) throw invalidField('text', 'invalid');
  await upsertTexts(db, tenant, language, [input]);
  forgetMunicipalityPages(tenant.municipalityId);
  return { ...entry, text: input.text, status: input.status, origin: 'municipality' };
}
