import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/errors.ts';
import type { Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { TextField } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Status.tsx';
import { pulseApi } from './api.ts';

/** Opens a pulse round for chosen units. */
export function RoundForm({ units, onCreated }: { units: Unit[]; onCreated: () => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [opensAt, setOpensAt] = useState(new Date().toISOString().slice(0, 10));
  const [closesAt, setClosesAt] = useState('');
  const [error, setError] = useState<unknown>(null);
  const fieldError = (f: string) => (error instanceof ApiError ? error.fieldMessage(f) : undefined);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await pulseApi.create({ title, unitIds, opensAt, closesAt: closesAt || null });
      setTitle('');
      setUnitIds([]);
      onCreated();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="round-form-title" noValidate>
      <h2 id="round-form-title">{t('dialog.pulse.newRound')}</h2>
      {error !== null && <ErrorMessage error={error} />}
      <TextField
        label={t('dialog.pulse.roundTitle')}
        value={title}
        maxLength={120}
        error={fieldError('title')}
        onChange={(e) => setTitle(e.target.value)}
      />
      <fieldset className="fieldset">
        <legend>{t('dialog.pulse.units')}</legend>
        {fieldError('unitIds') && <p className="field-error">{fieldError('unitIds')}</p>}
        <div className="check-list">
          {units.map((u) => (
            <label key={u.id}>
              <input
                type="checkbox"
                checked={unitIds.includes(u.id)}
                onChange={(e) =>
                  setUnitIds((ids) => (e.target.checked ? [...ids, u.id] : ids.filter((x) => x !== u.id)))
                }
              />{' '}
              {u.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="dialog-grid">
        <TextField
          label={t('dialog.pulse.opensAt')}
          type="date"
          value={opensAt}
          error={fieldError('opensAt')}
          onChange={(e) => setOpensAt(e.target.value)}
        />
        <TextField
          label={t('dialog.pulse.closesAt')}
          type="date"
          optional
          value={closesAt}
          error={fieldError('closesAt')}
          onChange={(e) => setClosesAt(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary">
          {t('dialog.pulse.create')}
        </button>
      </div>
    </form>
  );
}
