import { useState } from 'react';
import { actorLabel, type Journey, type JourneyDrawing } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { freshId, moveStep } from './edit.ts';
import { addContact, addNamedActor, deleteSteps, resetLayout } from './edit-drawing.ts';
import { type NewActor, NewActorFields, useNewActor } from './NewActorFields.tsx';

/** What the user picked on the drawing: where the next contact starts, or a line to move/delete. */
export type DrawingSelection = { kind: 'from'; actorId: string | null } | { kind: 'line'; index: number };

interface Props {
  journey: Journey;
  drawing: JourneyDrawing;
  selection: DrawingSelection | null;
  onSelect: (selection: DrawingSelection | null) => void;
  onChange: (update: (j: Journey) => Journey, key?: string) => void;
  onSelectStep?: ((stepId: string) => void) | undefined;
}

/**
 * The drawing's tool panel. Pointer users open it by clicking the home, an actor or a badge; keyboard
 * users reach the same buttons here ("Start from…"). After a contact is added, the panel continues
 * from the actor just met, so drawing a journey is one click per contact.
 */
export function DrawingTools({ journey, drawing, selection, onSelect, onChange, onSelectStep }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const fresh = useNewActor();
  const labelOf = (id: string | null) => {
    const actor = journey.actors.find((a) => a.id === id);
    return actor ? actorLabel(actor).label : t('journeys.drawing.homeShort');
  };
  /**
   * Adds the next contact. `journey` here may lag the live state (deferred or structural copy), so the
   * edit is applied to the live journey; the new step's id is the same from either (ids are structure).
   */
  const contact = (from: string | null, actorId: string, newActor?: NewActor) => {
    const build = (j: Journey) => {
      const base = newActor ? addNamedActor(j, newActor.kind, newActor.name, newActor.house).journey : j;
      return addContact(base, from, actorId, text);
    };
    const { journey: next, index } = build(journey);
    onChange((j) => build(j).journey);
    setText('');
    const stepId = next.steps[index]?.id;
    if (stepId) onSelectStep?.(stepId);
    onSelect({ kind: 'from', actorId });
  };
  const positioned = Object.keys(journey.layout?.positions ?? {}).length > 0;
  const line = selection?.kind === 'line' ? drawing.lines[selection.index] : undefined;
  const lineIndex = line ? journey.steps.findIndex((s) => s.id === line.stepIds[0]) : -1;
  return (
    <div className="journey-draw-tools" data-testid="drawing-tools">
      <p className="field-hint">{t('journeys.draw.hint')}</p>
      <div className="panel-actions">
        <button
          type="button"
          className="btn btn-small btn-secondary"
          onClick={() => onSelect({ kind: 'from', actorId: null })}
        >
          {t('journeys.draw.fromHome')}
        </button>
        <button
          type="button"
          className="btn btn-small btn-secondary"
          disabled={!positioned}
          onClick={() => onChange((j) => resetLayout(j))}
        >
          {t('journeys.draw.resetLayout')}
        </button>
      </div>
      {selection?.kind === 'from' && (
        <fieldset className="fieldset journey-next-contact" data-testid="next-contact">
          <legend>{t('journeys.draw.nextFrom', { from: labelOf(selection.actorId) })}</legend>
          <div className="field">
            <label className="field-label" htmlFor="draw-text">
              {t('journeys.draw.text')}
            </label>
            <input
              id="draw-text"
              className="input input-compact"
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <p className="field-label">{t('journeys.draw.toExisting')}</p>
          <div className="panel-actions">
            {journey.actors.map((actor) => (
              <button
                key={actor.id}
                type="button"
                className="btn btn-small btn-secondary"
                data-to-actor={actor.id}
                onClick={() => contact(selection.actorId, actor.id)}
              >
                → {actorLabel(actor).label}
              </button>
            ))}
          </div>
          <div className="journey-add-row">
            <NewActorFields
              idPrefix="draw"
              kindLabel={t('journeys.draw.newKind')}
              nameLabel={t('journeys.draw.newName')}
              actor={fresh.actor}
              onChange={fresh.change}
            />
            <button
              type="button"
              className="btn btn-small btn-primary"
              disabled={fresh.actor.name.trim() === ''}
              onClick={() => {
                const actorId = freshId('a', journey.actors);
                contact(selection.actorId, actorId, fresh.actor);
                fresh.clear();
              }}
            >
              {t('journeys.draw.addNew')}
            </button>
          </div>
          <button type="button" className="btn btn-small btn-link" onClick={() => onSelect(null)}>
            {t('journeys.draw.close')}
          </button>
        </fieldset>
      )}
      {line && lineIndex >= 0 && (
        <fieldset className="fieldset" data-testid="line-tools">
          <legend>{t('journeys.draw.lineTools', { number: line.number, n: lineIndex + 1 })}</legend>
          <div className="panel-actions">
            <button
              type="button"
              className="btn btn-small btn-secondary"
              disabled={lineIndex === 0}
              onClick={() => onChange((j) => moveStep(j, lineIndex, -1))}
            >
              {t('journeys.draw.earlier')}
            </button>
            <button
              type="button"
              className="btn btn-small btn-secondary"
              disabled={lineIndex >= journey.steps.length - 1}
              onClick={() => onChange((j) => moveStep(j, lineIndex, 1))}
            >
              {t('journeys.draw.later')}
            </button>
            <button
              type="button"
              className="btn btn-small btn-danger-outline"
              onClick={() => {
                onChange((j) => deleteSteps(j, line.stepIds));
                onSelect(null);
              }}
            >
              {t('journeys.draw.deleteLine', { count: line.stepIds.length })}
            </button>
            <button type="button" className="btn btn-small btn-link" onClick={() => onSelect(null)}>
              {t('journeys.draw.close')}
            </button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
