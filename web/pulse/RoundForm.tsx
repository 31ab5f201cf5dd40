import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/errors.ts';
import type { Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { TextField } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Status.tsx';
import { UnitPicker } from '../ui/UnitPicker.tsx';
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
      <UnitPicker
        legend={t('dialog.pulse.units')}
        units={units}
        selected={unitIds}
        onChange={setUnitIds}
        invalid={Boolean(fieldError('unitIds'))}
      >
        {fieldError('unitIds') && <p className="field-error">{fieldError('unitIds')}</p>}
      </UnitPicker>
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
