import type { LocalMeasure } from '../../../shared/api/improvement/criteria.ts';
import type { SurveyDto } from '../../../shared/api/surveys.ts';
import { type Locale, localText } from '../../../shared/indicators/index.ts';

/** One of the municipality's own scale questions an initiative can be measured on. */
export interface LocalOption {
  /** `surveyId/questionId`, as the evaluation names the question's figures. */
  id: string;
  /** The question's text, after its survey's title so two surveys' questions can be told apart. */
  label: string;
}

/**
 * The scale questions of the municipality's surveys, for the measure picker: only a question answered
 * on a scale can be compared as the built-in items are (choices and free text cannot).
 */
export function localOptions(surveys: readonly SurveyDto[], locale: Locale): LocalOption[] {
  return surveys.flatMap((s) =>
    (s.definition.localQuestions ?? [])
      .filter((q) => q.type === 'scale')
      .map((q) => ({ id: `${s.id}/${q.id}`, label: `${s.title}: ${localText(q.text, locale)}` })),
  );
}

/** The wire form of a picked option id. */
export function toLocalMeasure(id: string): LocalMeasure {
  const split = id.indexOf('/');
  return { surveyId: id.slice(0, split), questionId: id.slice(split + 1) };
}
