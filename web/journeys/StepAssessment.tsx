import type { AssessmentKey, Journey } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { CheckboxField } from '../ui/Field.tsx';
import { toggleAssessmentStep } from './edit-assessment.ts';

/** The seed's structure as choices on a step: where we do too much or too little, start and end, ours or others'. */
export const STEP_ASSESSMENT_KEYS = [
  'too_much',
  'too_little',
  'cooperation_start',
  'cooperation_end',
  'do_ourselves',
  'leave_to_others',
] as const satisfies readonly AssessmentKey[];

interface Props {
  journey: Journey;
  stepId: string;
  readOnly: boolean;
  onChange: (update: (j: Journey) => Journey, key?: string) => void;
}

/** Check boxes on the selected step that mark it in the journey's assessment (with notes on the assessment tab). */
export function StepAssessment({ journey, stepId, readOnly, onChange }: Props) {
  const { t } = useI18n();
  return (
    <fieldset className="fieldset journey-step-assessment">
      <legend>{t('journeys.assess.onStep')}</legend>
      {STEP_ASSESSMENT_KEYS.map((key) => (
        <CheckboxField
          key={key}
          id={`step-assess-${key}`}
          label={t(`journeys.assess.choice.${key}`)}
          disabled={readOnly}
          checked={journey.assessment[key]?.stepIds.includes(stepId) ?? false}
          onChange={() => onChange((j) => toggleAssessmentStep(j, key, stepId))}
        />
      ))}
    </fieldset>
  );
}
