import { SMILEY_FACES, SMILEY_LABELS } from '../../shared/indicators/index.ts';
import type { Question } from '../surveys/definition.ts';
import { SMILEY_REASON_LABELS, SMILEY_REASONS, SMILEY_TEXTS } from './reasons.ts';

export const FACE_ITEM = 'smiley.face';
export const REASON_ITEM = 'smiley.reason';

/** A smiley survey as ordinary questions, so the no-JavaScript page can show it too: the face, then the reason. */
export function smileyQuestions(): Question[] {
  return [
    {
      id: FACE_ITEM,
      step: 0,
      kind: 'choice',
      required: true,
      text: (l) => SMILEY_TEXTS[l].question,
      textKey: 'smiley.question',
      options: SMILEY_FACES.map((f) => ({
        key: f,
        label: (l) => SMILEY_LABELS[f][l],
        textKey: `smiley.face.${f}`,
      })),
    },
    {
      id: REASON_ITEM,
      step: 0,
      kind: 'choice',
      required: false,
      text: (l) => SMILEY_TEXTS[l].reason,
      textKey: 'smiley.reason',
      options: SMILEY_REASONS.map((r) => ({
        key: r,
        label: (l) => SMILEY_REASON_LABELS[r][l],
        textKey: `smiley.reasons.${r}`,
      })),
    },
  ];
}
