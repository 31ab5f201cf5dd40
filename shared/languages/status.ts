import { z } from 'zod';

/**
 * How far a translation can be trusted: `validated` (tested with citizens in research: only the
 * published Norwegian wording of the six indicators), `reviewed` (checked by the team or the
 * municipality) or `unreviewed` (a starter or agency draft nobody has checked yet).
 */
export const TRANSLATION_STATUSES = ['validated', 'reviewed', 'unreviewed'] as const;
export const TranslationStatus = z.enum(TRANSLATION_STATUSES);
export type TranslationStatus = z.infer<typeof TranslationStatus>;

const RANK: Record<TranslationStatus, number> = { validated: 2, reviewed: 1, unreviewed: 0 };

/** The weaker of two statuses: a questionnaire is only as trustworthy as its least checked text. */
export function weakerStatus(a: TranslationStatus, b: TranslationStatus): TranslationStatus {
  return RANK[a] <= RANK[b] ? a : b;
}
