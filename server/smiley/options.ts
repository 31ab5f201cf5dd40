import { SurveyDefinition } from '../../shared/api/surveys.ts';

/** The smiley terminal's options from a survey definition: one tap, unless the survey asks for more. */
export function smileyOptions(definition: unknown): { followUp: boolean; chooseLanguage: boolean } {
  const parsed = SurveyDefinition.safeParse(definition);
  const options = parsed.success ? parsed.data.smiley : undefined;
  return { followUp: options?.followUp ?? false, chooseLanguage: options?.chooseLanguage ?? false };
}
