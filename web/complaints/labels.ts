import { isPlainKey, type Translate } from '../i18n/translate.ts';
import type { Area } from './api.ts';

/** Translates a key built from data (`dialog.channel.email`), falling back to the raw value. */
export function tx(t: Translate, key: string, fallback: string): string {
  return isPlainKey(key) ? t(key) : fallback;
}

/** An area's name: the municipality's own, or the translated default. */
export function areaLabel(t: Translate, area: Pick<Area, 'key' | 'name'>): string {
  return area.name ?? tx(t, `dialog.area.${area.key}`, area.key);
}

/** "Processen", "Afgørelsen" or "Begge" for a complaint. */
export function aboutLabel(t: Translate, c: { aboutProcess: boolean; aboutDecision: boolean }): string {
  if (c.aboutProcess && c.aboutDecision) return t('dialog.about.both');
  return c.aboutProcess ? t('dialog.about.process') : t('dialog.about.decision');
}

/** A share as a whole percentage in the locale ("72 %"). */
export function percent(locale: string, value: number | null): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** A number with one decimal in the locale. */
export function oneDecimal(locale: string, value: number | null): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
}
