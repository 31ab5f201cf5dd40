import { type FormEvent, useCallback, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { TextField } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { surveysApi } from './api.ts';

/**
 * The survey's reception tablets. Analysts and admins (`mayManage`) register them (the kiosk link with
 * its device token is shown once) and revoke them; staff see the list.
 */
export function KioskPanel({ surveyId, mayManage }: { surveyId: string; mayManage: boolean }) {
  const { t } = useI18n();
  const load = useCallback((signal: AbortSignal) => surveysApi.kiosks(surveyId, { signal }), [surveyId]);
  const devices = useAsync(load);
  const [name, setName] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(undefined);

  const register = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      const res = await surveysApi.registerKiosk(surveyId, name);
      setLink(`${window.location.origin}${res.kioskPath}`);
      setName('');
      devices.reload();
    } catch (e) {
      setError(e);
    }
  };
  const revoke = async (id: string) => {
    try {
      await surveysApi.revokeKiosk(id);
      devices.reload();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section aria-labelledby="kiosks">
      <h2 id="kiosks">{t('surveys.kiosks')}</h2>
      {error !== undefined && <ErrorMessage error={error} />}
      {link && (
        <p className="alert alert-info break" role="status">
          {t('surveys.kioskLink', { link })}
        </p>
      )}
      {devices.data?.length === 0 && <p>{t('surveys.kioskNone')}</p>}
      <ul>
        {(devices.data ?? []).map((d) => (
          <li key={d.id}>
            {d.name}{' '}
            {d.revokedAt ? (
              <span className="muted">({t('surveys.kioskRevoked')})</span>
            ) : (
              mayManage && (
                <button type="button" className="btn btn-link" onClick={() => revoke(d.id)}>
                  {t('surveys.kioskRevoke')}
                  <span className="visually-hidden"> {d.name}</span>
                </button>
              )
            )}
          </li>
        ))}
      </ul>
      {mayManage && (
        <form onSubmit={register} className="form form-inline">
          <TextField
            label={t('surveys.kioskName')}
            value={name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="btn btn-secondary">
            {t('surveys.kioskRegister')}
          </button>
        </form>
      )}
    </section>
  );
}
