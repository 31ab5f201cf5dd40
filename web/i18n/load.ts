/** The UI languages. Norwegian is bokmål; nynorsk users fall back to it. */
export const LOCALES = ['da', 'nb', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

type Texts = Readonly<Record<string, string>>;
type Loaders = Readonly<Record<Locale, () => Promise<Texts>>>;

/** The shell's texts (login, navigation, account, shared controls): loaded before the first render. */
const SHELL: Loaders = {
  da: () => import('./da.ts').then((m) => m.coreDa),
  nb: () => import('./nb.ts').then((m) => m.coreNb),
  en: () => import('./en.ts').then((m) => m.coreEn),
};

/**
 * Each feature's texts, one chunk per feature and language, loaded with the feature's pages (see
 * `web/app/page-texts.ts`): a Danish user downloads no Norwegian or English text, and the login page none
 * of the features' texts. `dictionary.ts` lists the same modules for the types.
 */
export const FEATURES = {
  start: {
    da: () => import('../overview/i18n/da.ts').then((m) => m.startDa),
    nb: () => import('../overview/i18n/nb.ts').then((m) => m.startNb),
    en: () => import('../overview/i18n/en.ts').then((m) => m.startEn),
  },
  dashboard: {
    da: () => import('../dashboard/i18n/da.ts').then((m) => m.dashboardDa),
    nb: () => import('../dashboard/i18n/nb.ts').then((m) => m.dashboardNb),
    en: () => import('../dashboard/i18n/en.ts').then((m) => m.dashboardEn),
  },
  journeys: {
    da: () => import('../journeys/i18n/da.ts').then((m) => m.journeysDa),
    nb: () => import('../journeys/i18n/nb.ts').then((m) => m.journeysNb),
    en: () => import('../journeys/i18n/en.ts').then((m) => m.journeysEn),
  },
  actual: {
    da: () => import('../journeys/actual/i18n/da.ts').then((m) => m.actualDa),
    nb: () => import('../journeys/actual/i18n/nb.ts').then((m) => m.actualNb),
    en: () => import('../journeys/actual/i18n/en.ts').then((m) => m.actualEn),
  },
  eventlog: {
    da: () => import('../eventlog/i18n/da.ts').then((m) => m.eventlogDa),
    nb: () => import('../eventlog/i18n/nb.ts').then((m) => m.eventlogNb),
    en: () => import('../eventlog/i18n/en.ts').then((m) => m.eventlogEn),
  },
  integrations: {
    da: () => import('../integrations/i18n/da.ts').then((m) => m.integrationsDa),
    nb: () => import('../integrations/i18n/nb.ts').then((m) => m.integrationsNb),
    en: () => import('../integrations/i18n/en.ts').then((m) => m.integrationsEn),
  },
  surveys: {
    da: () =>
      Promise.all([import('../surveys/i18n/da.ts'), import('../surveys/i18n/preview.da.ts')]).then(
        ([a, b]) => ({
          ...a.surveysDa,
          ...b.surveyPreviewDa,
        }),
      ),
    nb: () =>
      Promise.all([import('../surveys/i18n/nb.ts'), import('../surveys/i18n/preview.nb.ts')]).then(
        ([a, b]) => ({
          ...a.surveysNb,
          ...b.surveyPreviewNb,
        }),
      ),
    en: () =>
      Promise.all([import('../surveys/i18n/en.ts'), import('../surveys/i18n/preview.en.ts')]).then(
        ([a, b]) => ({
          ...a.surveysEn,
          ...b.surveyPreviewEn,
        }),
      ),
  },
  citizenPages: {
    da: () => import('../citizen-settings/i18n/da.ts').then((m) => m.citizenPagesDa),
    nb: () => import('../citizen-settings/i18n/nb.ts').then((m) => m.citizenPagesNb),
    en: () => import('../citizen-settings/i18n/en.ts').then((m) => m.citizenPagesEn),
  },
  improvement: {
    da: () => import('../improvement/i18n/da.ts').then((m) => m.improvementDa),
    nb: () => import('../improvement/i18n/nb.ts').then((m) => m.improvementNb),
    en: () => import('../improvement/i18n/en.ts').then((m) => m.improvementEn),
  },
  dialog: {
    da: () => import('../programmes/i18n/da.ts').then((m) => m.dialogDa),
    nb: () => import('../programmes/i18n/nb.ts').then((m) => m.dialogNb),
    en: () => import('../programmes/i18n/en.ts').then((m) => m.dialogEn),
  },
  lifecycle: {
    da: () => import('../lifecycle/i18n/da.ts').then((m) => m.lifecycleDa),
    nb: () => import('../lifecycle/i18n/nb.ts').then((m) => m.lifecycleNb),
    en: () => import('../lifecycle/i18n/en.ts').then((m) => m.lifecycleEn),
  },
  translations: {
    da: () => import('../translations/i18n/da.ts').then((m) => m.translationsDa),
    nb: () => import('../translations/i18n/nb.ts').then((m) => m.translationsNb),
    en: () => import('../translations/i18n/en.ts').then((m) => m.translationsEn),
  },
  units: {
    da: () => import('../units/i18n/da.ts').then((m) => m.unitsDa),
    nb: () => import('../units/i18n/nb.ts').then((m) => m.unitsNb),
    en: () => import('../units/i18n/en.ts').then((m) => m.unitsEn),
  },
  users: {
    da: () => import('../users/i18n/da.ts').then((m) => m.usersDa),
    nb: () => import('../users/i18n/nb.ts').then((m) => m.usersNb),
    en: () => import('../users/i18n/en.ts').then((m) => m.usersEn),
  },
  audit: {
    da: () => import('../audit/i18n/da.ts').then((m) => m.auditDa),
    nb: () => import('../audit/i18n/nb.ts').then((m) => m.auditNb),
    en: () => import('../audit/i18n/en.ts').then((m) => m.auditEn),
  },
  ssoSettings: {
    da: () => import('../sso/i18n/settings.da.ts').then((m) => m.ssoSettingsDa),
    nb: () => import('../sso/i18n/settings.nb.ts').then((m) => m.ssoSettingsNb),
    en: () => import('../sso/i18n/settings.en.ts').then((m) => m.ssoSettingsEn),
  },
} as const satisfies Record<string, Loaders>;
export type Feature = keyof typeof FEATURES;
type Part = Feature | 'shell';

/** Each language's texts loaded so far, merged into one object that translators keep reading. */
const texts = new Map<Locale, Record<string, string>>();
const done = new Map<Locale, Set<Part>>();
const pending = new Map<string, Promise<void>>();
/** Features some page has asked for: switching language loads them in the next language first. */
const wanted = new Set<Feature>();

const has = (locale: Locale, part: Part) => done.get(locale)?.has(part) ?? false;

function loadPart(locale: Locale, part: Part): Promise<void> {
  if (has(locale, part)) return Promise.resolve();
  const id = `${locale}:${part}`;
  let promise = pending.get(id);
  if (!promise) {
    const load = part === 'shell' ? SHELL[locale] : FEATURES[part][locale];
    promise = load()
      .then((loaded) => {
        addTexts(locale, loaded, [part]);
      })
      .finally(() => pending.delete(id));
    pending.set(id, promise);
  }
  return promise;
}

function addTexts(locale: Locale, loaded: Texts, parts: readonly Part[]): void {
  const into = texts.get(locale) ?? {};
  texts.set(locale, Object.assign(into, loaded));
  const set = done.get(locale) ?? new Set<Part>();
  for (const part of parts) set.add(part);
  done.set(locale, set);
}

/** The texts loaded for a language (shell and features so far); the same object as more arrive. */
export function textsOf(locale: Locale): Texts | undefined {
  return texts.get(locale);
}

/** Every language's texts loaded so far. */
export function allTexts(): Texts[] {
  return [...texts.values()];
}

/**
 * Loads a language's shell texts and the texts of every feature opened so far, once; later calls resolve
 * at once. Used before the first render and before switching language, so no key ever shows.
 */
export async function loadDictionary(locale: Locale): Promise<void> {
  await loadPart(locale, 'shell');
  for (;;) {
    const missing = [...wanted].filter((feature) => !has(locale, feature));
    if (missing.length === 0) return;
    await Promise.all(missing.map((feature) => loadPart(locale, feature)));
  }
}

/** True once `loadDictionary(locale)` has finished (shell and every feature opened so far). */
export function isDictionaryLoaded(locale: Locale): boolean {
  return has(locale, 'shell') && [...wanted].every((feature) => has(locale, feature));
}

/** True when the features' texts are loaded in `locale`. */
export function featuresLoaded(locale: Locale, features: readonly Feature[]): boolean {
  return features.every((feature) => has(locale, feature));
}

const featureLoads = new Map<string, Promise<void>>();

/**
 * Loads features' texts in `locale` (and in any language switched to later). The same promise is returned
 * until it settles, as React's `use` needs; a failed load is forgotten so the next render retries.
 */
export function loadFeatures(locale: Locale, features: readonly Feature[]): Promise<void> {
  for (const feature of features) wanted.add(feature);
  const id = `${locale}:${features.join(',')}`;
  let promise = featureLoads.get(id);
  if (!promise) {
    promise = Promise.all(features.map((feature) => loadPart(locale, feature))).then(
      () => {
        featureLoads.delete(id);
      },
      (error: unknown) => {
        featureLoads.delete(id);
        throw error;
      },
    );
    featureLoads.set(id, promise);
  }
  return promise;
}

/** Makes a whole dictionary available without loading it (unit tests import the dictionaries directly). */
export function registerDictionary(locale: Locale, dictionary: Texts): void {
  addTexts(locale, dictionary, ['shell', ...(Object.keys(FEATURES) as Feature[])]);
}
