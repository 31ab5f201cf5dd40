import type { Translate } from '../../i18n/translate.ts';
import type { EvidenceKind } from '../types.ts';

/**
 * "1 observation, 2 citater, 0 fritekstsvar, 1 smertepunkt": one plural message per kind, so each count
 * gets its own singular or plural form (a single message with four counts cannot).
 */
export function problemCounts(t: Translate, counts: Readonly<Record<EvidenceKind, number>>): string {
  return [
    t('improvement.board.count.observations', { count: counts.observation }),
    t('improvement.board.count.quotes', { count: counts.quote }),
    t('improvement.board.count.surveys', { count: counts.survey_text }),
    t('improvement.board.count.pains', { count: counts.journey_pain }),
  ].join(', ');
}
