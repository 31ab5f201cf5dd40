import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/errors.ts';
import type { Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { TextField } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Status.tsx';
import { UnitPicker } from '../ui/UnitPicker.tsx';
import { type ProgrammeInput, type ProgrammeUnit, programmesApi } from './api.ts';

/** The form's value: everything but the id (the API refuses unknown fields). */
function withoutId({ id: _id, ...rest }: ProgrammeInput & { id: string }): ProgrammeInput {
  return rest;
}

/**
 * Creates a programme, or edits one when `existing` is given: name, dates, baseline and follow-up months,
 * purpose, next steps (for the report), participating and comparison units.
 */
export function ProgrammeForm({
  units,
  existing,
  onDone,
}: {
  units: Unit[];
  existing?: ProgrammeInput & { id: string };
  onDone: (id: string) => void;
}) {
  const { t } = useI18n();
  const [v, setV] = useState<ProgrammeInput>(() =>
    existing
      ? withoutId(existing)
      : {
          name: '',
          purpose: '',
          startsOn: '',
          endsOn: '',
          baselineMonths: 6,
          followUpMonths: 6,
          nextSteps: '',
          units: [],
        },
  );
  const [error, setError] = useState<unknown>(null);
  const fieldError = (f: string) => (error instanceof ApiError ? error.fieldMessage(f) : undefined);
  /** The units in `role` become `ids`; a unit chosen here leaves the other role, keeping its teams. */
  const setRole = (role: ProgrammeUnit['role'], ids: string[]) =>
    setV((x) => {
      const chosen = new Set(ids);
      const kept = x.units.filter((u) => (u.role === role ? chosen.has(u.unitId) : !chosen.has(u.unitId)));
      const have = new Set(kept.filter((u) => u.role === role).map((u) => u.unitId));
      const added = ids.filter((id) => !have.has(id)).map((unitId) => ({ unitId, role, teams: '' }));
      return { ...x, units: [...kept, ...added] };
    });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      if (existing) {
        await programmesApi.update(existing.id, v);
        onDone(existing.id);
      } else onDone((await programmesApi.create(v)).id);
    } catch (err) {
      setError(err);
    }
  };
  const unitList = (role: ProgrammeUnit['role'], legend: string) => (
    <UnitPicker
      legend={legend}
      units={units}
      selected={v.units.filter((u) => u.role === role).map((u) => u.unitId)}
      onChange={(ids) => setRole(role, ids)}
    />
  );
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="programme-form-title" noValidate>
      <h2 id="programme-form-title">{existing ? t('dialog.programmes.edit') : t('dialog.programmes.new')}</h2>
      {error !== null && <ErrorMessage error={error} />}
      <TextField
        label={t('dialog.programmes.name')}
        value={v.name}
        maxLength={120}
        error={fieldError('name')}
        onChange={(e) => setV({ ...v, name: e.target.value })}
      />
      <div className="dialog-grid">
        <TextField
          label={t('dialog.programmes.startsOn')}
          type="date"
          value={v.startsOn}
          error={fieldError('startsOn')}
          onChange={(e) => setV({ ...v, startsOn: e.target.value })}
        />
        <TextField
          label={t('dialog.programmes.endsOn')}
          type="date"
          value={v.endsOn}
          error={fieldError('endsOn')}
          onChange={(e) => setV({ ...v, endsOn: e.target.value })}
        />
        <TextField
          label={t('dialog.programmes.baseline')}
          type="number"
          min={1}
          max={24}
          value={v.baselineMonths}
          onChange={(e) => setV({ ...v, baselineMonths: Number(e.target.value) })}
        />
        <TextField
          label={t('dialog.programmes.followUp')}
          type="number"
          min={1}
          max={24}
          value={v.followUpMonths}
          onChange={(e) => setV({ ...v, followUpMonths: Number(e.target.value) })}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="programme-purpose">
          {t('dialog.programmes.purpose')} <span className="field-optional">{t('common.optional')}</span>
        </label>
        <textarea
          id="programme-purpose"
          className="input"
          rows={3}
          value={v.purpose}
          onChange={(e) => setV({ ...v, purpose: e.target.value })}
        />
      </div>
      {existing && (
        <div className="field">
          <label className="field-label" htmlFor="programme-next">
            {t('dialog.programmes.nextSteps')} <span className="field-optional">{t('common.optional')}</span>
          </label>
          <textarea
            id="programme-next"
            className="input"
            rows={3}
            value={v.nextSteps}
            onChange={(e) => setV({ ...v, nextSteps: e.target.value })}
          />
        </div>
      )}
      {fieldError('units') && <p className="field-error">{fieldError('units')}</p>}
      {unitList('participant', t('dialog.programmes.participants'))}
      {unitList('comparison', t('dialog.programmes.comparisonUnits'))}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary">
          {existing ? t('dialog.programmes.save') : t('dialog.programmes.create')}
        </button>
      </div>
    </form>
  );
}
