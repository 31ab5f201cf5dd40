import { SurveyDefinition } from '../../shared/api/surveys.ts';
import {
  getIndicatorSet,
  type IndicatorSetKey,
  itemId,
  type Locale,
  localText,
  SCALES,
  type Scale,
  type ScaleId,
  scaleForSet,
  wording,
} from '../../shared/indicators/index.ts';
import { itemKey } from '../translations/builtin-source.ts';

/** One question as the public page, the kiosk and the export see it. */
export interface Question {
  id: string;
  /** The page (step) the question sits on: one per indicator set, one for local questions. */
  step: number;
  kind: 'scale' | 'choice' | 'text';
  text: (locale: Locale) => string;
  /**
   * Translation key of the question text (`item.coherence.solutions`, `local.x` for the survey's
   * own questions); `text` gives its source in da/nb/en, translations come from the catalogue.
   */
  textKey: string;
  required: boolean;
  scale?: Scale;
  options?: { key: string; label: (locale: Locale) => string; textKey: string }[];
  maxLength?: number;
}

/**
 * The questions of a survey in display order. Built-in items are never required (a citizen may skip
 * any), local questions follow their `required` flag.
 */
export function surveyQuestions(raw: unknown, plural: boolean): Question[] {
  const def = SurveyDefinition.parse(raw);
  const questions: Question[] = [];
  def.sets.forEach((key: IndicatorSetKey, step) => {
    const set = getIndicatorSet(key);
    const scale = scaleForSet(set, def.scaleId as ScaleId | undefined);
    for (const item of set.items) {
      questions.push({
        id: itemId(set, item),
        step,
        kind: 'scale',
        text: (l) => wording(item, l, plural),
        textKey: itemKey(itemId(set, item), plural),
        required: false,
        scale,
      });
    }
  });
  const localStep = def.sets.length;
  for (const q of def.localQuestions) {
    const base = {
      id: q.id,
      step: localStep,
      required: q.required,
      text: (l: Locale) => localText(q.text, l),
      textKey: q.id,
    };
    if (q.type === 'scale') questions.push({ ...base, kind: 'scale', scale: SCALES[q.scaleId] });
    else if (q.type === 'single_choice') {
      const options = q.options.map((o) => ({
        key: o.key,
        label: (l: Locale) => localText(o.label, l),
        textKey: `${q.id}.option.${o.key}`,
      }));
      questions.push({ ...base, kind: 'choice', options });
    } else questions.push({ ...base, kind: 'text', maxLength: q.maxLength });
  }
  return questions;
}

/** Number of steps (pages) of the public form. */
export function stepCount(questions: readonly Question[]): number {
  return questions.reduce((max, q) => Math.max(max, q.step + 1), 0);
}

/** The heading of a step: the indicator set's name, or "other questions" for local ones. */
export function stepSetKey(raw: unknown, step: number): IndicatorSetKey | undefined {
  return SurveyDefinition.parse(raw).sets[step];
}

export { SurveyDefinition, type SurveyDefinitionInput } from '../../shared/api/surveys.ts';
