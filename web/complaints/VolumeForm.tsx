import { type FormEvent, useMemo, useState } from 'react';
import type { Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorMessage } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { UnitChoice } from '../ui/UnitChoice.tsx';
import { complaintsApi } from './api.ts';

/**
 * Records a unit's number of citizen contacts in a month: the denominator of complaints per 1,000. `units`
 * are all active units; the leaves (where citizens are met) are the ones chosen.
 */
export function VolumeForm({ units, onSaved }: { units: Unit[]; onSaved: () => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const leaves = useMemo(() => units.filter((u) => u.kind === 'unit'), [units]);
  const choosable = useMemo(() => new Set(leaves.map((u) => u.id)), [leaves]);
  const [unitId, setUnitId] = useState(leaves[0]?.id ?? '');
  const [month, setMonth] = useState(new Date().toISOString().slice(0, 7));
  const [contacts, setContacts] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await complaintsApi.setVolume(unitId, month, Number(contacts));
      toast({ message: t('dialog.volume.saved') });
      setContacts('');
      onSaved();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="card" aria-labelledby="volume-title">
      <h2 id="volume-title">{t('dialog.volume.title')}</h2>
      <p className="muted">{t('dialog.volume.intro')}</p>
      {error !== null && <ErrorMessage error={error} />}
      <form className="form" onSubmit={submit}>
        <UnitChoice
          label={t('dialog.field.unit')}
          units={units}
          choosable={choosable}
          value={unitId}
          onChange={(id) => setUnitId(id ?? '')}
        />
        <div className="form-inline">
          <label className="field-label" htmlFor="volume-month">
            {t('dialog.volume.month')}
          </label>
          <input
            id="volume-month"
            type="month"
            className="input"
            value={month}
            onChange={(e) => setMonth(e.target.value)}
            required
          />
          <label className="field-label" htmlFor="volume-contacts">
            {t('dialog.volume.contacts')}
          </label>
          <input
            id="volume-contacts"
            type="number"
            min={0}
            className="input"
            value={contacts}
            onChange={(e) => setContacts(e.target.value)}
            required
          />
          <button type="submit" className="btn btn-secondary">
            {t('dialog.volume.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
