import type { Kysely } from 'kysely';
import {
  type CitizenPageSettings,
  finishedPageHtml,
  loadPageSettings,
  NO_PAGE_SETTINGS,
  surveyPageSettings,
} from '../citizen-settings/citizen-page.ts';
import type { Database } from '../db/types.ts';
import { type EncodedBody, encodedBody } from '../http/compression.ts';
import { smileyQuestions } from '../smiley/questions.ts';
import { type Question, surveyQuestions } from '../surveys/definition.ts';
import type { CitizenLanguage } from '../translations/citizen-language.ts';
import { loadCitizenLanguage } from './languages.ts';
import { findSurveyByToken, type PublicSurvey } from './repository.ts';

const TTL_MS = 5_000;
const MAX_ENTRIES = 2_000;
const MAX_PAGES = 64;

export interface Entry {
  at: number;
  survey: PublicSurvey | undefined;
  questions: Question[];
  /** The municipality's embed origins and accessibility statement (issue 16); none framable for smiley. */
  settings: CitizenPageSettings;
  /**
   * First pages already finished (footer and embed script in), by variant (language, channel, unit), as
   * bytes with their compressed forms: they hold no per-citizen data (no CSRF token, nonce or cookie).
   */
  firstPages: Map<string, EncodedBody>;
  /** The survey's texts per language, loaded on first use (the municipality's own texts included). */
  languages: Map<string, Promise<CitizenLanguage>>;
}
const cache = new Map<string, Entry>();

/**
 * A survey by public token, with its questions, cached for a few seconds: a busy survey is looked up
 * once per TTL instead of once per response. Changes made through this process (open, close, edit,
 * token rotation, citizen settings, translations) clear the entry at once; with several processes the
 * others see a change within TTL_MS, since each process keeps its own cache.
 */
export async function publicSurvey(db: Kysely<Database>, token: string) {
  const hit = cache.get(token);
  if (hit && Date.now() - hit.at < TTL_MS) return hit;
  const survey = /^[A-Za-z0-9_-]{10,64}$/.test(token) ? await findSurveyByToken(db, token) : undefined;
  let questions: Question[] = [];
  if (survey)
    questions =
      survey.mode === 'smiley' ? smileyQuestions() : surveyQuestions(survey.definition, survey.plural);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  const settings = survey
    ? surveyPageSettings(await loadPageSettings(db, survey.municipality_id), survey)
    : NO_PAGE_SETTINGS;
  const entry: Entry = {
    at: Date.now(),
    survey,
    questions,
    settings,
    firstPages: new Map(),
    languages: new Map(),
  };
  cache.set(token, entry);
  return entry;
}

/** The survey's texts in one language, loaded once per cache lifetime. */
export function surveyLanguage(db: Kysely<Database>, entry: Entry, survey: PublicSurvey, tag: string) {
  let hit = entry.languages.get(tag);
  if (!hit) {
    hit = loadCitizenLanguage(db, survey, tag);
    // A failed read must not stay cached for the entry's lifetime.
    hit.catch(() => entry.languages.delete(tag));
    entry.languages.set(tag, hit);
  }
  return hit;
}

/** Drops every cached survey of a municipality after its citizen-page settings changed. */
export function forgetMunicipalityPages(municipalityId: string): void {
  for (const [token, entry] of cache)
    if (entry.survey?.municipality_id === municipalityId) cache.delete(token);
}

/**
 * Drops a cached survey after it was opened, closed or changed. With its id, every entry of the survey
 * goes, whatever its token: after a rotation the old token must stop working at once.
 */
export function forgetPublicSurvey(token: string, surveyId?: string): void {
  cache.delete(token);
  if (surveyId === undefined) return;
  for (const [key, entry] of cache) if (entry.survey?.id === surveyId) cache.delete(key);
}

/**
 * The survey's first page for one variant, finished and encoded once per cache lifetime. Why: the first
 * page is what every citizen opening the link or QR code gets; rendering, adding the footer and
 * compressing it per request cost 2.5–8× serving a static file (bench/public-page.ts). It changes only
 * with the survey or the municipality's settings, which clear the entry.
 */
export function firstPage(
  entry: Entry,
  variant: string,
  lang: CitizenLanguage,
  render: () => string,
): EncodedBody {
  const hit = entry.firstPages.get(variant);
  if (hit !== undefined) return hit;
  const page = encodedBody(finishedPageHtml(entry.settings, render(), lang));
  if (entry.firstPages.size < MAX_PAGES) entry.firstPages.set(variant, page);
  return page;
}
