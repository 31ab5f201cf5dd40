import type { Kysely } from 'kysely';
import {
  type CitizenPageSettings,
  loadPageSettings,
  NO_PAGE_SETTINGS,
} from '../citizen-settings/citizen-page.ts';
import type { Database } from '../db/types.ts';
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
  /** The municipality's embed origins and accessibility statement (issue 16). */
  settings: CitizenPageSettings;
  /** First pages already rendered, by variant (language, channel, unit): they hold no per-citizen data. */
  firstPages: Map<string, string>;
  /** The survey's texts per language, loaded on first use (the municipality's own texts included). */
  languages: Map<string, Promise<CitizenLanguage>>;
}
const cache = new Map<string, Entry>();

/**
 * A survey by public token, with its questions, cached for a few seconds: a busy survey is looked up
 * once per TTL instead of once per response. Status changes in this process clear the entry at once.
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
  const settings = survey ? await loadPageSettings(db, survey.municipality_id) : NO_PAGE_SETTINGS;
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

/** Drops a cached survey after it was opened, closed or changed. */
export function forgetPublicSurvey(token: string): void {
  cache.delete(token);
}

/**
 * The survey's first page for one variant, rendered once per cache lifetime. Why: the first page is
 * what every citizen opening the link or QR code gets, and rendering it cost ~4× serving a static
 * file (bench/public-page.ts); it changes only with the survey, which clears the entry.
 */
export function firstPage(entry: Entry, variant: string, render: () => string): string {
  const hit = entry.firstPages.get(variant);
  if (hit !== undefined) return hit;
  const html = render();
  if (entry.firstPages.size < MAX_PAGES) entry.firstPages.set(variant, html);
  return html;
}
