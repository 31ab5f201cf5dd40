import type { LocalizedText, Scale, ScaleId } from './types.ts';

const point = (value: number, da: string, nb: string, en: string) => ({ value, label: { da, nb, en } });

const DONT_KNOW_AGREE: LocalizedText = {
  da: 'Ved ikke / ikke relevant',
  nb: 'Vet ikke / ikke relevant',
  en: "Don't know / not relevant",
};

/** Default 5-point agreement Likert scale, shown from "Helt enig" (5) to "Helt uenig" (1). */
export const AGREE5: Scale = {
  id: 'agree5',
  name: { da: 'Enighed (5 punkter)', nb: 'Enighet (5 punkter)', en: 'Agreement (5 points)' },
  points: [
    point(5, 'Helt enig', 'Helt enig', 'Strongly agree'),
    point(4, 'Delvis enig', 'Delvis enig', 'Agree'),
    point(3, 'Hverken enig eller uenig', 'Verken enig eller uenig', 'Neither agree nor disagree'),
    point(2, 'Delvis uenig', 'Delvis uenig', 'Disagree'),
    point(1, 'Helt uenig', 'Helt uenig', 'Strongly disagree'),
  ],
  dontKnow: DONT_KNOW_AGREE,
  positiveThreshold: 4,
};

/**
 * 1–6 agreement scale used by many Norwegian municipalities (no neutral midpoint). Shown from 6 down
 * to 1 like the 5-point scale; top-2-box is 5 and 6.
 */
export const AGREE6: Scale = {
  id: 'agree6',
  name: { da: 'Enighed (1–6)', nb: 'Enighet (1–6)', en: 'Agreement (1–6)' },
  points: [
    point(6, 'Helt enig', 'Helt enig', 'Strongly agree'),
    point(5, 'Enig', 'Enig', 'Agree'),
    point(4, 'Lidt enig', 'Litt enig', 'Slightly agree'),
    point(3, 'Lidt uenig', 'Litt uenig', 'Slightly disagree'),
    point(2, 'Uenig', 'Uenig', 'Disagree'),
    point(1, 'Helt uenig', 'Helt uenig', 'Strongly disagree'),
  ],
  dontKnow: DONT_KNOW_AGREE,
  positiveThreshold: 5,
};

/** The Danish BTU (brugertilfredshedsundersøgelse) 5-point satisfaction scale. */
export const SATISFACTION5: Scale = {
  id: 'satisfaction5',
  name: { da: 'Tilfredshed (BTU)', nb: 'Tilfredshet', en: 'Satisfaction' },
  points: [
    point(5, 'Meget tilfreds', 'Svært fornøyd', 'Very satisfied'),
    point(4, 'Tilfreds', 'Fornøyd', 'Satisfied'),
    point(
      3,
      'Hverken tilfreds eller utilfreds',
      'Verken fornøyd eller misfornøyd',
      'Neither satisfied nor dissatisfied',
    ),
    point(2, 'Utilfreds', 'Misfornøyd', 'Dissatisfied'),
    point(1, 'Meget utilfreds', 'Svært misfornøyd', 'Very dissatisfied'),
  ],
  dontKnow: { da: 'Ved ikke', nb: 'Vet ikke', en: "Don't know" },
  positiveThreshold: 4,
};

export const SCALES: Readonly<Record<ScaleId, Scale>> = {
  agree5: AGREE5,
  agree6: AGREE6,
  satisfaction5: SATISFACTION5,
};

/** The scale of an id from the wire or the database; the default agree5 when it is missing or unknown. */
export function scaleOf(id: string | null | undefined): Scale {
  return id && Object.hasOwn(SCALES, id) ? SCALES[id as ScaleId] : AGREE5;
}

/** Lowest and highest value of a scale. */
export function scaleRange(scale: Scale): { min: number; max: number } {
  const values = scale.points.map((p) => p.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** True if `value` is one of the scale's points (the "don't know" option is not a value). */
export function isScaleValue(scale: Scale, value: number): boolean {
  return scale.points.some((p) => p.value === value);
}

/** True if the answer counts as positive (top-2-box). */
export function isPositive(scale: Scale, value: number): boolean {
  return value >= scale.positiveThreshold;
}

/**
 * The value with "higher is better" orientation: reverse-keyed items are mirrored (min + max − value), so
 * that "Helt enig" with "I felt stress" counts as the worst answer.
 */
export function orientedValue(scale: Scale, value: number, reverse: boolean): number {
  if (!reverse) return value;
  const { min, max } = scaleRange(scale);
  return min + max - value;
}
