import { useCallback } from 'react';
import { Link } from 'wouter';
import type { CitizenSettings } from '../../shared/api/citizen-settings.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ErrorMessage, Loading } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { AccessibilityForm } from './AccessibilityForm.tsx';
import { citizenSettingsApi } from './api.ts';
import { OriginsForm } from './OriginsForm.tsx';

/** Admin: Organisation → Citizen pages. Websites allowed to embed the surveys; accessibility statement. */
export function CitizenSettingsPage() {
  const { t } = useI18n();
  const toast = useToast();
  const state = useAsync<CitizenSettings>(useCallback((signal) => citizenSettingsApi.get(signal), []));

  if (state.loading && !state.data) return <Loading />;
  if (!state.data) return <ErrorMessage error={state.error} onRetry={state.reload} />;
  const settings = state.data;
  const apply = (next: CitizenSettings, message: string) => {
    state.setData(next);
    toast({ message });
  };

  return (
    <>
      <PageHeader title={t('citizenPages.title')} intro={t('citizenPages.intro')}>
        <Link to="/units">{t('citizenPages.back')}</Link>
      </PageHeader>
      <section className="card" aria-labelledby="citizen-embed">
        <h2 id="citizen-embed">{t('citizenPages.embed.title')}</h2>
        <OriginsForm
          settings={settings}
          onSave={async (origins) =>
            apply(await citizenSettingsApi.setOrigins(origins), t('citizenPages.embed.saved'))
          }
        />
      </section>
      <section className="card" aria-labelledby="citizen-a11y">
        <h2 id="citizen-a11y">{t('citizenPages.a11y.title')}</h2>
        <p className="muted">{t('citizenPages.a11y.hint')}</p>
        <AccessibilityForm
          statement={settings.accessibility}
          onSave={async (body) =>
            apply(await citizenSettingsApi.setAccessibility(body), t('citizenPages.a11y.saved'))
          }
        />
      </section>
    </>
  );
}
