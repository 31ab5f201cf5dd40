import type { FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import type { Locale } from '../../shared/i18n/locale.ts';
import { negotiateLanguage } from '../../shared/languages/negotiate.ts';
import { canonicalTag, chromeLocale, fallbackLanguage } from '../../shared/languages/tags.ts';
import type { Database } from '../db/types.ts';
import type { StatusText } from '../translations/builtin.ts';
import { type CitizenLanguage, citizenLanguage } from '../translations/citizen-language.ts';
import { listOverrides } from '../translations/repository.ts';
import type { PublicSurvey } from './repository.ts';

/** Cookie that remembers the citizen's language choice across surveys. Holds a language tag, nothing else. */
export const LANGUAGE_COOKIE = 'bb_lang';

/**
 * Sets the language cookie for a year: a preference the citizen chose (the switch's link on the first
 * page, its button past it), no personal data.
 */
export function rememberLanguage(reply: FastifyReply, tag: string, secure: boolean) {
  reply.setCookie(LANGUAGE_COOKIE, tag, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: 365 * 24 * 3600,
  });
}

// Canonical lists by the survey's own `languages` array: a cached survey is canonicalised once, not on
// every page request (Intl.getCanonicalLocales per tag).
const canonical = new WeakMap<readonly string[], string[]>();

/** The survey's languages as canonical BCP 47 tags, in the order the municipality chose. */
export function surveyLanguages(survey: Pick<PublicSurvey, 'languages'>): string[] {
  let list = canonical.get(survey.languages);
  if (!list) {
    const tags = survey.languages.map(canonicalTag).filter((t): t is string => t !== null);
    list = tags.length ? [...new Set(tags)] : ['da'];
    canonical.set(survey.languages, list);
  }
  return list;
}

// Accept-Language headers already negotiated, per list of offered languages (browsers send a handful).
const negotiated = new WeakMap<readonly string[], Map<string, string | null>>();

function negotiateOnce(header: string | undefined, offered: string[]): string | null {
  if (!header) return null;
  let seen = negotiated.get(offered);
  if (!seen) {
    seen = new Map();
    negotiated.set(offered, seen);
  }
  let tag = seen.get(header);
  if (tag === undefined) {
    tag = negotiateLanguage(header, offered);
    if (seen.size >= 256) seen.clear();
    seen.set(header, tag);
  }
  return tag;
}

/** The survey's source language (da or nb): what every translation falls back to. */
export function sourceLanguage(survey: Pick<PublicSurvey, 'languages'>): Locale {
  return (
    surveyLanguages(survey)
      .map(chromeLocale)
      .find((l) => l !== 'en') ?? 'da'
  );
}

/**
 * The page language: an explicit choice (`?lang=` or the form's field), then the remembered choice
 * (cookie), then the best of Accept-Language, then the survey's first language. Only languages the
 * survey offers are ever picked.
 */
export function pickLanguage(
  survey: Pick<PublicSurvey, 'languages'>,
  choices: {
    explicit?: string | undefined;
    remembered?: string | undefined;
    acceptLanguage?: string | undefined;
  },
): string {
  const offered = surveyLanguages(survey);
  for (const wanted of [choices.explicit, choices.remembered]) {
    if (!wanted) continue;
    // The switch's links and the cookie carry canonical tags: found as they are, no Intl call.
    if (offered.includes(wanted)) return wanted;
    const tag = canonicalTag(wanted);
    if (tag && offered.includes(tag)) return tag;
  }
  return negotiateOnce(choices.acceptLanguage, offered) ?? offered[0] ?? 'da';
}

const plain = new Map<Locale, CitizenLanguage>();

/**
 * A resolver for a citizen page without a survey (not found, rate-limited): the interface locale's
 * own texts. One per locale, made once: every request to /s/ negotiates one, and building it (plural
 * rules, writing direction) cost more than the rest of a cached page.
 */
export function plainLanguage(locale: Locale): CitizenLanguage {
  let found = plain.get(locale);
  if (!found) {
    found = citizenLanguage(locale, locale, new Map(), '');
    plain.set(locale, found);
  }
  return found;
}

/**
 * Loads the municipality's own texts for a language and the languages it falls back to, and builds
 * the resolver. Cached with the survey (see survey-cache.ts), so a busy survey reads them once per TTL.
 */
export async function loadCitizenLanguage(
  db: Kysely<Database>,
  survey: Pick<PublicSurvey, 'languages' | 'municipality_id' | 'id'>,
  tag: string,
): Promise<CitizenLanguage> {
  const source = sourceLanguage(survey);
  const chain: string[] = [];
  for (let l: string | null = tag; l && !chain.includes(l); l = fallbackLanguage(l, source)) chain.push(l);
  // One query for the language and its fallbacks.
  const overrides = new Map<string, Map<string, StatusText>>(chain.map((l) => [l, new Map()]));
  for (const r of await listOverrides(db, survey.municipality_id, chain))
    overrides.get(r.language)?.set(r.text_key, { text: r.text, status: r.status });
  return citizenLanguage(tag, source, overrides, survey.id);
}
