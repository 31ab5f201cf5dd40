import { useCallback } from 'react';
import type { CitizenSettings } from '../../shared/api/citizen-settings.ts';
import { embedSnippet } from '../../shared/citizen-settings/snippet.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { CopyButton } from '../ui/CopyButton.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { citizenSettingsApi } from './api.ts';

/**
 * The survey page's embed snippet with a copy button, and which websites may use it. The snippet names
 * this server's own origin: the address citizens already reach the survey at.
 */
export function EmbedPanel({ token, title, mode }: { token: string; title: string; mode: string }) {
  const { t } = useI18n();
  const state = useAsync<CitizenSettings>(useCallback((signal) => citizenSettingsApi.get(signal), []));
  const snippet = embedSnippet({
    origin: window.location.origin,
    token,
    title: t('citizenPages.snippet.frameTitle', { title }),
  });
  const origins = state.data?.embedOrigins ?? [];

  return (
    <section className="card" aria-labelledby="embed-title">
      <h2 id="embed-title">{t('citizenPages.snippet.title')}</h2>
      {mode === 'smiley' ? (
        <p>{t('citizenPages.snippet.smiley')}</p>
      ) : (
        <>
          <p>{t('citizenPages.snippet.intro')}</p>
          {state.data && (
            <p className="muted">
              {origins.length
                ? t('citizenPages.snippet.allowed', { origins: origins.join(', ') })
                : t('citizenPages.snippet.none')}
            </p>
          )}
          <label htmlFor="embed-snippet">{t('citizenPages.snippet.label')}</label>
          <textarea
            id="embed-snippet"
            className="input code"
            readOnly
            rows={9}
            value={snippet}
            spellCheck={false}
          />
          <CopyButton text={snippet} label={t('citizenPages.snippet.copy')} />
        </>
      )}
    </section>
  );
}
