import { useState } from 'react';
import { ACTOR_KINDS, type ActorKind } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** A new actor as typed: kind, label and its department or organisation (drawn as a house). */
export interface NewActor {
  kind: ActorKind;
  name: string;
  house: string;
}

/** The state of the new-actor fields, emptied (but for the kind) after each actor added. */
export function useNewActor() {
  const [actor, setActor] = useState<NewActor>({ kind: 'employee', name: '', house: '' });
  return {
    actor,
    change: (part: Partial<NewActor>) => setActor((a) => ({ ...a, ...part })),
    clear: () => setActor((a) => ({ ...a, name: '', house: '' })),
  };
}

/**
 * The fields for a new actor, used in the actors list and in the drawing's tool panel: kind, label and
 * house (a relative has none). `idPrefix` names the fields (`${idPrefix}-kind`, `-name`, `-house`).
 */
export function NewActorFields({
  idPrefix,
  kindLabel,
  nameLabel,
  actor,
  onChange,
}: {
  idPrefix: string;
  kindLabel: string;
  nameLabel: string;
  actor: NewActor;
  onChange: (part: Partial<NewActor>) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <label className="field-label" htmlFor={`${idPrefix}-kind`}>
        {kindLabel}
      </label>
      <select
        id={`${idPrefix}-kind`}
        className="input input-compact"
        value={actor.kind}
        onChange={(e) => onChange({ kind: ACTOR_KINDS.find((k) => k === e.target.value) ?? 'employee' })}
      >
        {ACTOR_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`journeys.actor.kind.${k}`)}
          </option>
        ))}
      </select>
      <label className="field-label" htmlFor={`${idPrefix}-name`}>
        {nameLabel}
      </label>
      <input
        id={`${idPrefix}-name`}
        className="input input-compact"
        value={actor.name}
        onChange={(e) => onChange({ name: e.target.value })}
      />
      <label className="field-label" htmlFor={`${idPrefix}-house`}>
        {t(actor.kind === 'external' ? 'journeys.draw.newOrganisation' : 'journeys.draw.newDepartment')}
      </label>
      <input
        id={`${idPrefix}-house`}
        className="input input-compact"
        value={actor.house}
        disabled={actor.kind === 'relative'}
        onChange={(e) => onChange({ house: e.target.value })}
      />
    </>
  );
}
