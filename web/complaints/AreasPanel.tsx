import { type FormEvent, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorMessage } from '../ui/Status.tsx';
import { type Area, complaintsApi } from './api.ts';
import { areaLabel } from './labels.ts';

/** The municipality's own list of service areas: hide, show again, add. */
export function AreasPanel({ areas, onChanged }: { areas: Area[]; onChanged: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    void act(async () => {
      await complaintsApi.addArea(name.trim());
      setName('');
    });
  };
  return (
    <section className="card" aria-labelledby="areas-title">
      <h2 id="areas-title">{t('dialog.areas.title')}</h2>
      <p className="muted">{t('dialog.areas.intro')}</p>
      {error !== null && <ErrorMessage error={error} />}
      <ul className="dialog-list">
        {areas.map((a) => (
          <li key={a.key}>
            <span className={a.active ? undefined : 'muted'}>{areaLabel(t, a)}</span>
            {!a.active && <span className="muted"> ({t('dialog.areas.hidden')})</span>}{' '}
            <button
              type="button"
              className="btn btn-link btn-small"
              onClick={() => void act(() => complaintsApi.updateArea(a.key, { active: !a.active }))}
            >
              {a.active ? t('dialog.areas.hide') : t('dialog.areas.show')}
              <span className="visually-hidden">: {areaLabel(t, a)}</span>
            </button>
          </li>
        ))}
      </ul>
      <form className="form-inline" onSubmit={add}>
        <label className="field-label" htmlFor="area-name">
          {t('dialog.areas.name')}
        </label>
        <input
          id="area-name"
          className="input"
          value={name}
          maxLength={80}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="btn btn-secondary">
          {t('dialog.areas.add')}
        </button>
      </form>
    </section>
  );
}
