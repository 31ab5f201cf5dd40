import {
  BUILTIN_SETS,
  itemId,
  type Locale,
  SCALES,
  SMILEY_FACES,
  SMILEY_LABELS,
} from '../../shared/indicators/index.ts';
import { KIOSK_TEXTS } from '../kiosk/i18n.ts';
import { PAGE_TEXTS } from '../public/i18n.ts';
import { SMILEY_REASON_LABELS, SMILEY_REASONS, SMILEY_TEXTS } from '../smiley/reasons.ts';

/** A built-in citizen text in the three languages the code itself is written in. */
export type SourceText = Readonly<Record<Locale, string>>;

/** Translation key of a built-in item's wording (`.plural` for households answering together). */
export const itemKey = (id: string, plural: boolean) => `item.${id}${plural ? '.plural' : ''}`;
export const setKey = (set: string) => `set.${set}`;
export const scaleKey = (scale: string, value: string) => `scale.${scale}.${value}`;

/**
 * Every built-in citizen text under its translation key, in the order the translation screen lists
 * them: indicator items, set names, scale labels, smiley texts, page texts, kiosk texts. Built from
 * the modules that own the texts, so a new page text is translatable the moment it exists.
 */
function buildSource(): Map<string, SourceText> {
  const out = new Map<string, SourceText>();
  for (const set of BUILTIN_SETS) {
    for (const item of set.items) {
      out.set(itemKey(itemId(set, item), false), item.wording.singular);
      out.set(itemKey(itemId(set, item), true), item.wording.plural);
    }
  }
  for (const set of BUILTIN_SETS) out.set(setKey(set.key), set.name);
  for (const scale of Object.values(SCALES)) {
    for (const p of scale.points) out.set(scaleKey(scale.id, String(p.value)), p.label);
    out.set(scaleKey(scale.id, 'dk'), scale.dontKnow);
  }
  const pick = <T>(f: (l: Locale) => T) => ({ da: f('da'), nb: f('nb'), en: f('en') });
  out.set(
    'smiley.question',
    pick((l) => SMILEY_TEXTS[l].question),
  );
  out.set(
    'smiley.reason',
    pick((l) => SMILEY_TEXTS[l].reason),
  );
  for (const face of SMILEY_FACES) out.set(`smiley.face.${face}`, SMILEY_LABELS[face]);
  for (const r of SMILEY_REASONS) out.set(`smiley.reasons.${r}`, SMILEY_REASON_LABELS[r]);
  for (const key of Object.keys(PAGE_TEXTS.da) as (keyof typeof PAGE_TEXTS.da)[])
    out.set(
      `page.${key}`,
      pick((l) => PAGE_TEXTS[l][key]),
    );
  // `name` is not translated: language names come from Intl.DisplayNames in the language itself.
  for (const key of Object.keys(KIOSK_TEXTS.da).filter((k) => k !== 'name'))
    out.set(
      `kiosk.${key}`,
      pick((l) => KIOSK_TEXTS[l]?.[key] ?? ''),
    );
  return out;
}

/** The built-in texts by key (built once). */
export const BUILTIN_SOURCE: ReadonlyMap<string, SourceText> = buildSource();
