import type { Journey } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { addStep } from './edit.ts';
import { StepForm } from './StepForm.tsx';
import { StepList } from './StepList.tsx';

interface Props {
  journey: Journey;
  selected: number;
  readOnly: boolean;
  onSelect: (index: number) => void;
  onChange: (update: (j: Journey) => Journey, key?: string) => void;
}

/** The step list beside the form for the selected step, with "add step" buttons. */
export function StepsArea({ journey, selected, readOnly, onSelect, onChange }: Props) {
  const { t } = useI18n();
  const add = (after?: number) => {
    const { journey: next, index } = addStep(journey, after);
    if (index < 0) return;
    onChange(() => next);
    onSelect(index);
  };
  return (
    <div className="journey-steps-area">
      <div>
        {!readOnly &&
          (journey.actors.length === 0 ? (
            <p className="muted">{t('journeys.step.needActor')}</p>
          ) : (
            <div className="panel-actions">
              <button type="button" className="btn btn-primary" onClick={() => add()}>
                {t('journeys.step.add')}
              </button>
              {selected >= 0 && selected < journey.steps.length - 1 && (
                <button type="button" className="btn btn-secondary" onClick={() => add(selected)}>
                  {t('journeys.step.addAfter')}
                </button>
              )}
            </div>
          ))}
        <StepList
          journey={journey}
          selected={selected}
          readOnly={readOnly}
          onSelect={onSelect}
          onChange={onChange}
        />
      </div>
      <StepForm journey={journey} index={selected} readOnly={readOnly} onChange={onChange} />
    </div>
  );
}
