import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AddLanguageBody,
  ExportQuery,
  exportResponses,
  ImportQuery,
  ImportResponse,
  LanguageParams,
  LanguageResponse,
  LanguagesResponse,
  PutTextBody,
  SourceQuery,
  TextResponse,
  TextsResponse,
} from '../../shared/api/translations.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import {
  BUILTIN_LANGUAGES,
  languageNameIn,
  ownLanguageName,
  textDirection,
} from '../../shared/languages/tags.ts';
import type { AuthContext } from '../auth/context.ts';
import { authorize } from '../policies/authorize.ts';
import { canReadOrganisation, canTranslate } from '../policies/index.ts';
import { type CatalogEntry, languageCatalog, languageCatalogs, progress } from './catalog.ts';
import { translationCsv } from './csv.ts';
import { addLanguage } from './repository.ts';
import { importTranslations, municipalityLanguages, requireLanguage, saveText, validTag } from './service.ts';
import { toXliff } from './xliff.ts';

/** The source a user translates from: bokmål for a Norwegian-speaking user, else Danish, unless asked. */
const sourceFor = (auth: AuthContext, asked?: 'da' | 'nb'): Locale =>
  asked ?? (auth.locale === 'nb' ? 'nb' : 'da');

/**
 * Survey languages and the translation screen: list languages with their progress, add a language
 * (any BCP 47 tag), read and save texts side by side with the source, export and import a whole
 * language as XLIFF 2.0 or CSV for a translation agency.
 */
export const translationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['translations'];
  app.addContentTypeParser(
    ['application/xliff+xml', 'application/xml', 'text/xml', 'text/csv', 'text/plain'],
    { parseAs: 'string' },
    (_req, body, done) => done(null, body),
  );

  const describe = (auth: AuthContext, tag: string, entries: readonly CatalogEntry[]) => ({
    tag,
    ownName: ownLanguageName(tag),
    name: languageNameIn(tag, auth.locale),
    dir: textDirection(tag),
    builtin: (BUILTIN_LANGUAGES as readonly string[]).includes(tag),
    progress: progress(entries),
  });

  app.get(
    '/translations/languages',
    {
      schema: {
        tags,
        summary: 'Survey languages and their translation progress',
        response: { 200: LanguagesResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      const tags = await municipalityLanguages(app.db, auth);
      const catalogs = await languageCatalogs(app.db, auth, tags, sourceFor(auth));
      return { languages: tags.map((t) => describe(auth, t, catalogs.get(t) ?? [])) };
    },
  );

  app.post(
    '/translations/languages',
    {
      schema: {
        tags,
        summary: 'Add a survey language (any BCP 47 tag; analyst, admin)',
        body: AddLanguageBody,
        response: { 201: LanguageResponse },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canTranslate);
      const tag = validTag(request.body.tag);
      await addLanguage(app.db, auth, tag);
      const entries = await languageCatalog(app.db, auth, tag, sourceFor(auth));
      return reply.status(201).send({ language: describe(auth, tag, entries) });
    },
  );

  app.get(
    '/translations/:lang/texts',
    {
      schema: {
        tags,
        summary: 'Every citizen text of a language beside its source',
        params: LanguageParams,
        querystring: SourceQuery,
        response: { 200: TextsResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      const tag = await requireLanguage(app.db, auth, request.params.lang);
      const source = sourceFor(auth, request.query.source);
      const texts = await languageCatalog(app.db, auth, tag, source);
      return { language: tag, source, dir: textDirection(tag), texts };
    },
  );

  app.put(
    '/translations/:lang/texts',
    {
      schema: {
        tags,
        summary: 'Save one text with its status (analyst, admin)',
        params: LanguageParams,
        body: PutTextBody,
        response: { 200: TextResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canTranslate);
      const tag = await requireLanguage(app.db, auth, request.params.lang);
      return { text: await saveText(app.db, auth, tag, request.body, sourceFor(auth)) };
    },
  );

  app.get(
    '/translations/:lang/export',
    {
      schema: {
        tags,
        summary: 'Export a language as XLIFF 2.0 or CSV',
        params: LanguageParams,
        querystring: ExportQuery,
        response: exportResponses,
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canReadOrganisation);
      const tag = await requireLanguage(app.db, auth, request.params.lang);
      const source = sourceFor(auth, request.query.source);
      const entries = await languageCatalog(app.db, auth, tag, source);
      const csv = request.query.format === 'csv';
      return reply
        .type(csv ? 'text/csv; charset=utf-8' : 'application/xliff+xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="borgerblik-${tag}.${csv ? 'csv' : 'xlf'}"`)
        .send(csv ? translationCsv(entries) : toXliff(entries, source, tag));
    },
  );

  app.post(
    '/translations/:lang/import',
    {
      schema: {
        tags,
        summary: 'Import an XLIFF 2.0 or CSV file for a language (all or nothing; analyst, admin)',
        params: LanguageParams,
        querystring: ImportQuery,
        response: { 200: ImportResponse },
      },
      bodyLimit: 4 * 1024 * 1024,
    },
    async (request) => {
      const auth = authorize(request, canTranslate);
      const tag = await requireLanguage(app.db, auth, request.params.lang);
      const body = typeof request.body === 'string' ? request.body : '';
      const format = request.query.format;
      return importTranslations(app.db, auth, tag, format, body, sourceFor(auth));
    },
  );
};
