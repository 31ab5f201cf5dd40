import { ASSESSMENT_KEYS, type Assessment } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** The seed's questions as labelled text areas; the answers are stored with the journey. */
export function AssessmentForm({
  assessment,
  readOnly,
  onChange,
}: {
  assessment: Assessment;
  readOnly: boolean;
  onChange: (next: Assessment) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="journey-assessment">
      <p className="muted">{t('journeys.assess.intro')}</p>
      {ASSESSMENT_KEYS.map((key) => {
        const answer = assessment[key];
        const id = `assess-${key}`;
        return (
          <div className="field" key={key}>
            <label className="field-label" htmlFor={id}>
              {t(`journeys.assess.${key}`)}
            </label>
            <textarea
              id={id}
              className="input"
              rows={2}
              readOnly={readOnly}
              value={answer?.text ?? ''}
              onChange={(event) =>
                onChange({
                  ...assessment,
                  [key]: { text: event.target.value, stepIds: answer?.stepIds ?? [] },
                })
              }
            />
          </div>
        );
      })}
    </div>
  );
}
