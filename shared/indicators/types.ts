/** Locales the platform ships. Danish first, as everywhere in Borgerblik. */
export const LOCALES = ['da', 'nb', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in every shipped locale. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/**
 * Item wording in singular ("mig", "min sag") and plural ("os", "vores sag") form. Plural is used when a
 * household or family answers together, e.g. parents of a child with a case in the municipality.
 */
export interface ItemWording {
  readonly singular: LocalizedText;
  readonly plural: LocalizedText;
}

/** One answer option on a scale. `value` is what is stored and averaged; higher is always better. */
export interface ScalePoint {
  readonly value: number;
  readonly label: LocalizedText;
}

/**
 * A response scale. Points are listed in display order. The `dontKnow` option is stored separately
 * and counts as missing: it never enters means or shares of positive answers.
 */
export interface Scale {
  readonly id: ScaleId;
  readonly name: LocalizedText;
  readonly points: readonly ScalePoint[];
  readonly dontKnow: LocalizedText;
  /** Smallest value counted as positive (top-2-box): `value >= positiveThreshold`. */
  readonly positiveThreshold: number;
}

export type ScaleId = 'agree5' | 'agree6' | 'satisfaction5';

/** A built-in item. Built-in items are locked: municipalities cannot edit their wording. */
export interface IndicatorItem {
  readonly key: string;
  readonly wording: ItemWording;
  /**
   * Negatively keyed: agreeing means a worse experience (e.g. "I felt stress"). Analyses that combine
   * items must flip these with `orientedValue` first.
   */
  readonly reverse: boolean;
  readonly locked: true;
}

/** A named group of items answered on one scale. */
export interface IndicatorSet {
  readonly key: IndicatorSetKey;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly scaleId: ScaleId;
  readonly items: readonly IndicatorItem[];
}

export type IndicatorSetKey = 'coherence' | 'psychcost' | 'satisfaction';
