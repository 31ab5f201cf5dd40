import { isLocale } from '../../shared/i18n/locale.ts';
import type { TranslationStatus } from '../../shared/languages/status.ts';
import { EASY_DA, EASY_NB } from '../../shared/languages/tags.ts';
import { BUILTIN_SOURCE } from './builtin-source.ts';
import { AR } from './starters/ar.ts';
import { DA_EASY } from './starters/da-easy.ts';
import { NB_EASY } from './starters/nb-easy.ts';
import { NN } from './starters/nn.ts';
import { PL } from './starters/pl.ts';
import { UK } from './starters/uk.ts';

/** A text with how far it can be trusted. */
export interface StatusText {
  text: string;
  status: TranslationStatus;
}

/**
 * Starter translations shipped with the platform and the status we stand behind. nynorsk and the two
 * easy-read languages are written and reviewed by the team; Arabic, Ukrainian and Polish are drafts a
 * municipality must review before relying on them. None is "validated".
 */
const STARTERS: Readonly<
  Record<string, { texts: Readonly<Record<string, string>>; status: TranslationStatus }>
> = {
  nn: { texts: NN, status: 'reviewed' },
  [EASY_DA]: { texts: DA_EASY, status: 'reviewed' },
  [EASY_NB]: { texts: NB_EASY, status: 'reviewed' },
  ar: { texts: AR, status: 'unreviewed' },
  uk: { texts: UK, status: 'unreviewed' },
  pl: { texts: PL, status: 'unreviewed' },
};

/**
 * Only the bokmål wording of the six coherence indicators is validated: it is the published,
 * validated Norwegian version (seed 004). The Danish wording is the team's own (the seed does not
 * publish a validated Danish text), so it counts as reviewed like every other built-in text.
 */
export function isValidatedOriginal(language: string, key: string): boolean {
  return language === 'nb' && key.startsWith('item.coherence.');
}

/** The built-in text of a key in a language, if the platform ships one. */
export function builtinText(language: string, key: string): StatusText | undefined {
  if (isLocale(language)) {
    const text = BUILTIN_SOURCE.get(key)?.[language];
    if (text === undefined) return undefined;
    return { text, status: isValidatedOriginal(language, key) ? 'validated' : 'reviewed' };
  }
  const starter = STARTERS[language];
  const text = starter?.texts[key];
  return starter && text !== undefined ? { text, status: starter.status } : undefined;
}

/**
 * Built-in indicator wording is locked where the platform ships a checked text: changing it would make
 * the indicator incomparable across municipalities. Unreviewed starters stay editable: reviewing and
 * correcting them is exactly what a municipality is asked to do.
 */
export function isLockedKey(language: string, key: string): boolean {
  if (!key.startsWith('item.')) return false;
  const shipped = builtinText(language, key);
  return shipped !== undefined && shipped.status !== 'unreviewed';
}
