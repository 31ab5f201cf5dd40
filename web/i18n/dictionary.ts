import { auditDa } from '../audit/i18n/da.ts';
import { auditEn } from '../audit/i18n/en.ts';
import { auditNb } from '../audit/i18n/nb.ts';
import { citizenPagesDa } from '../citizen-settings/i18n/da.ts';
import { citizenPagesEn } from '../citizen-settings/i18n/en.ts';
import { citizenPagesNb } from '../citizen-settings/i18n/nb.ts';
import { dashboardDa } from '../dashboard/i18n/da.ts';
import { dashboardEn } from '../dashboard/i18n/en.ts';
import { dashboardNb } from '../dashboard/i18n/nb.ts';
import { eventlogDa } from '../eventlog/i18n/da.ts';
import { eventlogEn } from '../eventlog/i18n/en.ts';
import { eventlogNb } from '../eventlog/i18n/nb.ts';
import { improvementDa } from '../improvement/i18n/da.ts';
import { improvementEn } from '../improvement/i18n/en.ts';
import { improvementNb } from '../improvement/i18n/nb.ts';
import { integrationsDa } from '../integrations/i18n/da.ts';
import { integrationsEn } from '../integrations/i18n/en.ts';
import { integrationsNb } from '../integrations/i18n/nb.ts';
import { actualDa } from '../journeys/actual/i18n/da.ts';
import { actualEn } from '../journeys/actual/i18n/en.ts';
import { actualNb } from '../journeys/actual/i18n/nb.ts';
import { journeysDa } from '../journeys/i18n/da.ts';
import { journeysEn } from '../journeys/i18n/en.ts';
import { journeysNb } from '../journeys/i18n/nb.ts';
import { lifecycleDa } from '../lifecycle/i18n/da.ts';
import { lifecycleEn } from '../lifecycle/i18n/en.ts';
import { lifecycleNb } from '../lifecycle/i18n/nb.ts';
import { startDa } from '../overview/i18n/da.ts';
import { startEn } from '../overview/i18n/en.ts';
import { startNb } from '../overview/i18n/nb.ts';
import { dialogDa } from '../programmes/i18n/da.ts';
import { dialogEn } from '../programmes/i18n/en.ts';
import { dialogNb } from '../programmes/i18n/nb.ts';
import { ssoSettingsDa } from '../sso/i18n/settings.da.ts';
import { ssoSettingsEn } from '../sso/i18n/settings.en.ts';
import { ssoSettingsNb } from '../sso/i18n/settings.nb.ts';
import { surveysDa } from '../surveys/i18n/da.ts';
import { surveysEn } from '../surveys/i18n/en.ts';
import { surveysNb } from '../surveys/i18n/nb.ts';
import { surveyPreviewDa } from '../surveys/i18n/preview.da.ts';
import { surveyPreviewEn } from '../surveys/i18n/preview.en.ts';
import { surveyPreviewNb } from '../surveys/i18n/preview.nb.ts';
import { translationsDa } from '../translations/i18n/da.ts';
import { translationsEn } from '../translations/i18n/en.ts';
import { translationsNb } from '../translations/i18n/nb.ts';
import { unitsDa } from '../units/i18n/da.ts';
import { unitsEn } from '../units/i18n/en.ts';
import { unitsNb } from '../units/i18n/nb.ts';
import { usersDa } from '../users/i18n/da.ts';
import { usersEn } from '../users/i18n/en.ts';
import { usersNb } from '../users/i18n/nb.ts';
import { coreDa } from './da.ts';
import { coreEn } from './en.ts';
import { coreNb } from './nb.ts';

/**
 * Every language's complete dictionary: the shell's texts (`da.ts`, `nb.ts`, `en.ts`) and every feature's.
 * The app never loads these whole (see `load.ts`: the shell's texts first, a feature's with its pages); they
 * give `t` its key and placeholder types and let the unit tests translate in all three languages. A feature
 * added here must also be added to `FEATURES` in `load.ts` (a unit test compares the two).
 */
export const da = {
  ...coreDa,
  ...dashboardDa,
  ...journeysDa,
  ...actualDa,
  ...eventlogDa,
  ...integrationsDa,
  ...surveysDa,
  ...surveyPreviewDa,
  ...citizenPagesDa,
  ...improvementDa,
  ...dialogDa,
  ...lifecycleDa,
  ...translationsDa,
  ...startDa,
  ...unitsDa,
  ...usersDa,
  ...auditDa,
  ...ssoSettingsDa,
} as const;

/** Every key the Danish dictionary defines, plural variants (`…_one`, `…_other`) included. */
export type DictionaryKey = keyof typeof da;

/** Keys that come in plural variants: `x_one` and `x_other` define the message `x`, chosen by `{count}`. */
export type PluralKey = DictionaryKey extends infer K
  ? K extends `${infer Base}_other`
    ? Base
    : never
  : never;

/** Every message key `t` accepts: the plain keys and the plural keys (without their variant suffix). */
export type MessageKey = Exclude<DictionaryKey, `${PluralKey}_one` | `${PluralKey}_other`> | PluralKey;

/** The shape `nb` and `en` must satisfy: exactly the Danish keys, each a string. */
export type Dictionary = { readonly [K in DictionaryKey]: string };

export const nb: Dictionary = {
  ...coreNb,
  ...dashboardNb,
  ...journeysNb,
  ...actualNb,
  ...eventlogNb,
  ...integrationsNb,
  ...surveysNb,
  ...surveyPreviewNb,
  ...citizenPagesNb,
  ...improvementNb,
  ...dialogNb,
  ...lifecycleNb,
  ...translationsNb,
  ...startNb,
  ...unitsNb,
  ...usersNb,
  ...auditNb,
  ...ssoSettingsNb,
};

export const en: Dictionary = {
  ...coreEn,
  ...dashboardEn,
  ...journeysEn,
  ...actualEn,
  ...eventlogEn,
  ...integrationsEn,
  ...surveysEn,
  ...surveyPreviewEn,
  ...citizenPagesEn,
  ...improvementEn,
  ...dialogEn,
  ...lifecycleEn,
  ...translationsEn,
  ...startEn,
  ...unitsEn,
  ...usersEn,
  ...auditEn,
  ...ssoSettingsEn,
};
