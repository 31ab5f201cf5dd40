import {
  findItem,
  getIndicatorSet,
  type IndicatorSetKey,
  type Scale,
  type ScaleId,
  scaleForSet,
} from '../../shared/indicators/index.ts';

/** The pseudo-items the rollup adds next to the stored answers. */
export const INDEX_ITEM = 'index.coherence';
export const RESPONSES_ITEM = '*';

/** The agreement-scale override a survey definition declares, if any (read defensively). */
export function surveyScaleOverride(definition: unknown): ScaleId | undefined {
  if (typeof definition !== 'object' || definition === null) return undefined;
  const id = (definition as { scaleId?: unknown }).scaleId;
  return id === 'agree5' || id === 'agree6' ? id : undefined;
}

/** The indicator set an item (or the index) belongs to. */
export function setOfItem(itemId: string): IndicatorSetKey | undefined {
  if (itemId === INDEX_ITEM) return 'coherence';
  return findItem(itemId)?.set.key;
}

/**
 * The scale an item was answered on in a survey: the set's scale, or the survey's override (e.g. 1–6
 * in a Norwegian municipality). Null for the respondent count and unknown items.
 */
export function itemScale(itemId: string, definition: unknown): Scale | null {
  const setKey = setOfItem(itemId);
  if (!setKey) return null;
  return scaleForSet(getIndicatorSet(setKey), surveyScaleOverride(definition));
}

/** True if agreeing means a worse experience (psychological-cost items). */
export function isReverse(itemId: string): boolean {
  return findItem(itemId)?.item.reverse ?? false;
}

/**
 * Figures from surveys on different scales are never mixed: the key of a figure is the item and the
 * scale. Normally there is one scale per item in a municipality.
 */
export function figureKey(itemId: string, scale: Scale | null): string {
  return `${itemId}|${scale?.id ?? ''}`;
}
