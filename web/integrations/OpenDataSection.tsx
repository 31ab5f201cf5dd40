import { useCallback } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { CheckboxField } from '../ui/Field.tsx';
import { ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { useSavedSwitch } from '../ui/useSavedSwitch.ts';
import { integrationsApi } from './api.ts';

/** The open-data switch (off by default) and the stable public addresses. */
export function OpenDataSection() {
  const { t } = useI18n();
  const status = useAsync(useCallback((signal: AbortSignal) => integrationsApi.openData({ signal }), []));
  const data = status.data;
  const toggle = useSavedSwitch(!!data?.enabled, async (enabled) => {
    status.setData(await integrationsApi.setOpenData(enabled));
  });
  return (
    <section className="section" aria-labelledby="int-opendata">
      <h2 id="int-opendata">{t('integrations.opendata.title')}</h2>
      <p>{t('integrations.opendata.text')}</p>
      {status.loading && !data && <Loading />}
      {status.error ? <ErrorMessage error={status.error} onRetry={status.reload} /> : null}
      {data && (
        <>
          <CheckboxField
            label={t('integrations.opendata.switch')}
            checked={toggle.checked}
            disabled={toggle.busy}
            onChange={(e) => toggle.toggle(e.target.checked)}
          />
          <p role="status">{data.enabled ? t('integrations.opendata.on') : t('integrations.opendata.off')}</p>
          {data.enabled && (
            <>
              <h3>{t('integrations.opendata.links')}</h3>
              <ul>
                {[data.urls.json, data.urls.csv, data.urls.metadata].map((u) => (
                  <li key={u}>
                    <a href={u}>{`${window.location.origin}${u}`}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {toggle.error ? <ErrorMessage error={toggle.error} /> : null}
    </section>
  );
}
