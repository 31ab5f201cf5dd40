import { useEffect, useState } from 'react';
import { actorLabel, type Journey } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { addStep } from './edit.ts';
import { addContact } from './edit-drawing.ts';
import { StepForm } from './StepForm.tsx';
import { StepList } from './StepList.tsx';

interface Props {
  journey: Journey;
  selected: number;
  readOnly: boolean;
  onSelect: (index: number) => void;
  onChange: (update: (j: Journey) => Journey, key?: string) => void;
}

/**
 * The step list beside the form for the selected step. Two ways to add: "add step" (an empty step, focus
 * moves into its form) and the quick row (actor + text + Enter, focus stays for the next step), which
 * adds a step with at most four keystrokes beyond its text.
 */
export function StepsArea({ journey, selected, readOnly, onSelect, onChange }: Props) {
  const { t } = useI18n();
  const [focusForm, setFocusForm] = useState(false);
  const [actorId, setActorId] = useState('');
  const [text, setText] = useState('');
  useEffect(() => {
    if (!focusForm) return;
    document.getElementById('step-actor')?.focus();
    setFocusForm(false);
  }, [focusForm]);
  const add = (after?: number) => {
    const { index } = addStep(journey, after);
    if (index < 0) return;
    // Applied to the live journey (this one may be the structural copy); the index is the same.
    onChange((j) => addStep(j, after).journey);
    onSelect(index);
    setFocusForm(true);
  };
  const quickActor = journey.actors.some((a) => a.id === actorId) ? actorId : (journey.actors[0]?.id ?? '');
  const quickAdd = () => {
    if (!quickActor) return;
    const from = journey.steps.at(-1)?.actorId ?? null;
    const { index } = addContact(journey, from, quickActor, text);
    onChange((j) => addContact(j, from, quickActor, text).journey);
    onSelect(index);
    setText('');
  };
  return (
    <div className="journey-steps-area">
      <div>
        {!readOnly &&
          (journey.actors.length === 0 ? (
            <p className="muted">{t('journeys.step.needActor')}</p>
          ) : (
            <>
              <form
                className="journey-add-row journey-quick-step"
                onSubmit={(event) => {
                  event.preventDefault();
                  quickAdd();
                }}
              >
                <label className="field-label" htmlFor="quick-step-actor">
                  {t('journeys.quick.actor')}
                </label>
                <select
                  id="quick-step-actor"
                  className="input input-compact"
                  value={quickActor}
                  onChange={(e) => setActorId(e.target.value)}
                >
                  {journey.actors.map((a) => (
                    <option key={a.id} value={a.id}>
                      {actorLabel(a).label}
                    </option>
                  ))}
                </select>
                <label className="field-label" htmlFor="quick-step-text">
                  {t('journeys.quick.text')}
                </label>
                <input
                  id="quick-step-text"
                  className="input input-compact"
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                />
                <button type="submit" className="btn btn-secondary">
                  {t('journeys.quick.add')}
                </button>
              </form>
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
            </>
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
