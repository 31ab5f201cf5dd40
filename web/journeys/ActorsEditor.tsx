import { memo, useEffect, useState } from 'react';
import { type Actor, actorLabel, type Journey } from '../../shared/journey/index.ts';
import type { Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { UnitChoice } from '../ui/UnitChoice.tsx';
import { addActor, freshId, removeActor, updateActor } from './edit.ts';
import { addNamedActor } from './edit-drawing.ts';
import { NewActorFields, useNewActor } from './NewActorFields.tsx';

interface Props {
  journey: Journey;
  units: Unit[];
  readOnly: boolean;
  onChange: (update: (j: Journey) => Journey, key?: string) => void;
}

/** The actors the citizen meets: kind, profession or name, organisation, department and unit. */
export const ActorsEditor = memo(function ActorsEditor({ journey, units, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const [notice, setNotice] = useState('');
  const fresh = useNewActor();
  const { kind, name, house } = fresh.actor;
  // After "add actor" without a name, focus moves into the new actor's first field, text selected.
  const [focusActor, setFocusActor] = useState<string | null>(null);
  useEffect(() => {
    if (focusActor === null) return;
    const actor = journey.actors.find((a) => a.id === focusActor);
    const key = actor?.kind === 'employee' ? 'profession' : 'name';
    const input = document.getElementById(`actor-${focusActor}-${key}`);
    if (input instanceof HTMLInputElement) {
      input.focus();
      input.select();
    }
    setFocusActor(null);
  }, [focusActor, journey.actors]);
  const add = () => {
    setNotice('');
    if (name.trim() === '') {
      // `journey` may be the structural copy (older title, descriptions): apply the edit to the live
      // state; the new actor's id is the same from either, as actors are part of the structure.
      const label = t('journeys.actor.newLabel');
      onChange((j) => addActor(j, kind, label));
      setFocusActor(freshId('a', journey.actors));
      return;
    }
    // With a name typed, the actor is complete: focus stays in the name box for the next one.
    onChange((j) => addNamedActor(j, kind, name, house).journey);
    fresh.clear();
    document.getElementById('new-actor-name')?.focus();
  };
  const uses = (id: string) => journey.steps.filter((s) => s.actorId === id).length;
  const text = (actor: Actor, key: 'profession' | 'name' | 'organisation' | 'department') => {
    const value = (actor as Record<string, unknown>)[key];
    return typeof value === 'string' ? value : '';
  };
  const field = (actor: Actor, key: 'profession' | 'name' | 'organisation' | 'department', label: string) => (
    <div className="field">
      <label className="field-label" htmlFor={`actor-${actor.id}-${key}`}>
        {label}
      </label>
      <input
        id={`actor-${actor.id}-${key}`}
        className="input input-compact"
        value={text(actor, key)}
        readOnly={readOnly}
        onChange={(e) => {
          // Read now, not in the updater: the reducer runs at render time.
          const value = e.target.value;
          onChange((j) => updateActor(j, actor.id, { [key]: value }), `actor:${actor.id}:${key}`);
        }}
      />
    </div>
  );
  return (
    <div className="journey-actors">
      {journey.actors.length === 0 && <p className="muted">{t('journeys.actor.none')}</p>}
      <ul className="journey-actor-list">
        {journey.actors.map((actor) => (
          <li key={actor.id} className="journey-actor">
            <p className="journey-actor-kind">{t(`journeys.actor.kind.${actor.kind}`)}</p>
            {actor.kind === 'employee' && field(actor, 'profession', t('journeys.actor.profession'))}
            {field(actor, 'name', t('journeys.actor.name'))}
            {actor.kind === 'external' && field(actor, 'organisation', t('journeys.actor.organisation'))}
            {actor.kind !== 'external' &&
              actor.kind !== 'relative' &&
              field(actor, 'department', t('journeys.actor.department'))}
            {actor.kind !== 'external' && actor.kind !== 'relative' && (
              <UnitChoice
                label={t('journeys.actor.unit')}
                units={units}
                value={actor.unitId ?? null}
                noneLabel={t('journeys.field.noOwner')}
                disabled={readOnly}
                onChange={(unitId) => onChange((j) => updateActor(j, actor.id, { unitId }))}
              />
            )}
            {!readOnly && (
              <button
                type="button"
                className="btn btn-small btn-danger-outline"
                onClick={() => {
                  const count = uses(actor.id);
                  const label = actorLabel(actor).label;
                  if (count > 0) setNotice(t('journeys.actor.inUse', { actor: label, count }));
                  else onChange((j) => removeActor(j, actor.id));
                }}
              >
                {t('journeys.actor.remove', { actor: actorLabel(actor).label })}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p role="status" className={notice ? 'field-error' : undefined}>
        {notice}
      </p>
      {!readOnly && (
        <form
          className="journey-add-row"
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <NewActorFields
            idPrefix="new-actor"
            kindLabel={t('journeys.actor.kind')}
            nameLabel={t('journeys.actor.newName')}
            actor={fresh.actor}
            onChange={fresh.change}
          />
          <button type="submit" className="btn btn-secondary">
            {t('journeys.actor.add')}
          </button>
        </form>
      )}
    </div>
  );
});
