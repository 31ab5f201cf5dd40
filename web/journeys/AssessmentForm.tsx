import { ASSESSMENT_KEYS, type Assessment, actorLabel, type Journey } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { toggleAssessmentStep } from './edit-assessment.ts';

interface Props {
  journey: Journey;
  readOnly: boolean;
  onChange: (update: (j: Journey) => Journey, key?: string) => void;
}

/**
 * The seed's questions: for each, the steps it applies to (chosen here or with the check boxes on a
 * step) and a note. "Where do we do too much?" is answered by pointing at steps, not only in prose.
 */
export function AssessmentForm({ journey, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const assessment: Assessment = journey.assessment;
  const stepName = (id: string) => {
    const index = journey.steps.findIndex((s) => s.id === id);
    const step = journey.steps[index];
    const actor = journey.actors.find((a) => a.id === step?.actorId);
    return t('journeys.step.label', { n: index + 1, actor: actor ? actorLabel(actor).label : '' });
  };
  return (
    <div className="journey-assessment" data-testid="journey-assessment">
      <p className="muted">{t('journeys.assess.intro')}</p>
      {ASSESSMENT_KEYS.map((key) => {
        const answer = assessment[key];
        const id = `assess-${key}`;
        const chosen = answer?.stepIds ?? [];
        return (
          <fieldset className="fieldset journey-assess-question" key={key} data-assess={key}>
            <legend>{t(`journeys.assess.${key}`)}</legend>
            {chosen.length > 0 && (
              <ul className="journey-chips">
                {chosen.map((stepId) => (
                  <li key={stepId}>
                    {stepName(stepId)}
                    {!readOnly && (
                      <button
                        type="button"
                        className="btn btn-small btn-link"
                        aria-label={t('journeys.assess.removeStep', { step: stepName(stepId) })}
                        onClick={() => onChange((j) => toggleAssessmentStep(j, key, stepId))}
                      >
                        ×
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {!readOnly && journey.steps.length > 0 && (
              <div className="field">
                <label className="field-label" htmlFor={`${id}-step`}>
                  {t('journeys.assess.addStep')}
                </label>
                <select
                  id={`${id}-step`}
                  className="input input-compact"
                  value=""
                  onChange={(e) => {
                    // Read now: the updater runs later, when the controlled select is back at "".
                    const stepId = e.target.value;
                    if (stepId) onChange((j) => toggleAssessmentStep(j, key, stepId));
                  }}
                >
                  <option value="">{t('journeys.assess.pickStep')}</option>
                  {journey.steps
                    .filter((s) => !chosen.includes(s.id))
                    .map((s) => (
                      <option key={s.id} value={s.id}>
                        {stepName(s.id)}
                        {s.description ? ` – ${s.description.slice(0, 40)}` : ''}
                      </option>
                    ))}
                </select>
              </div>
            )}
            <div className="field">
              <label className="field-label" htmlFor={id}>
                {t('journeys.assess.note')}
              </label>
              <textarea
                id={id}
                className="input"
                rows={2}
                readOnly={readOnly}
                value={answer?.text ?? ''}
                onChange={(event) => {
                  const text = event.target.value;
                  onChange(
                    (j) => ({
                      ...j,
                      assessment: {
                        ...j.assessment,
                        [key]: { text, stepIds: j.assessment[key]?.stepIds ?? [] },
                      },
                    }),
                    `assessment:${key}`,
                  );
                }}
              />
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
