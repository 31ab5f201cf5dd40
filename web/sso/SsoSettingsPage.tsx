import { useCallback, useState } from 'react';
import { Link } from 'wouter';
import type { ProviderList, ProviderView } from '../../shared/api/sso.ts';
import { unitsApi } from '../api/endpoints.ts';
import type { Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConfirmDialog } from '../ui/Dialog.tsx';
import { CheckboxField } from '../ui/Field.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { EmptyState, ErrorMessage, Loading } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { useSavedSwitch } from '../ui/useSavedSwitch.ts';
import { ssoApi } from './api.ts';
import { ProviderForm } from './ProviderForm.tsx';
import { RulesEditor } from './RulesEditor.tsx';

/** Admin: Organisation → Log-in. Identity providers, their rules, and whether passwords still work. */
export function SsoSettingsPage() {
  const { t } = useI18n();
  const toast = useToast();
  const load = useCallback(async (signal: AbortSignal) => {
    const [list, units] = await Promise.all([ssoApi.list(signal), unitsApi.list(false, { signal })]);
    return { list, units };
  }, []);
  const state = useAsync<{ list: ProviderList; units: Unit[] }>(load);
  const [removing, setRemoving] = useState<ProviderView | null>(null);
  const passwordLogin = useSavedSwitch(!!state.data?.list.passwordLogin, async (next) => {
    if (!state.data) return;
    const { passwordLogin } = await ssoApi.setPasswordLogin(next);
    state.setData({ ...state.data, list: { ...state.data.list, passwordLogin } });
    toast({ message: t('sso.passwordLoginSaved') });
  });

  if (state.loading && !state.data) return <Loading />;
  if (!state.data) return <ErrorMessage error={state.error} onRetry={state.reload} />;
  const { list, units } = state.data;
  const apply = (next: ProviderList, message: string) => {
    state.setData({ list: next, units });
    toast({ message });
  };

  return (
    <>
      <PageHeader title={t('sso.title')} intro={t('sso.intro')}>
        <Link to="/units">{t('sso.backToOrganisation')}</Link>
      </PageHeader>
      {list.providers[0] && <p>{t('sso.loginUrl', { url: list.providers[0].loginUrl })}</p>}
      <CheckboxField
        label={t('sso.passwordLogin')}
        hint={t('sso.passwordLoginHint')}
        checked={passwordLogin.checked}
        disabled={passwordLogin.busy}
        onChange={(e) => passwordLogin.toggle(e.target.checked)}
      />
      {passwordLogin.error ? <ErrorMessage error={passwordLogin.error} /> : null}
      <h2>{t('sso.providers')}</h2>
      {list.providers.length === 0 && <EmptyState>{t('sso.empty')}</EmptyState>}
      {list.providers.map((p) => (
        <section key={p.id} className="card sso-provider" aria-labelledby={`sso-${p.id}`}>
          <h3 id={`sso-${p.id}`}>
            {p.name} ({t(`sso.kind.${p.kind}`)})
          </h3>
          <h4>{t('sso.register')}</h4>
          <ul>
            <li>
              {p.kind === 'oidc'
                ? t('sso.redirectUri', { url: p.redirectUri })
                : t('sso.acsUrl', { url: p.redirectUri })}
            </li>
            {p.spMetadataUrl && (
              <li>
                <a href={p.spMetadataUrl}>{t('sso.spMetadata')}</a>
              </li>
            )}
            {p.idpEntityId && <li>{t('sso.idpEntityId', { id: p.idpEntityId })}</li>}
          </ul>
          <ProviderForm
            provider={p}
            onSubmit={async (input) => apply(await ssoApi.update(p.id, input), t('sso.saved'))}
          />
          <RulesEditor
            provider={p}
            units={units}
            onSave={async (rules) => apply(await ssoApi.saveRules(p.id, rules), t('sso.rules.saved'))}
          />
          <button type="button" className="btn btn-danger" onClick={() => setRemoving(p)}>
            {t('sso.delete')}
          </button>
        </section>
      ))}
      <section className="card" aria-labelledby="sso-add">
        <h2 id="sso-add">{t('sso.add')}</h2>
        <ProviderForm
          onSubmit={async (input) => {
            if (!('kind' in input)) return;
            apply(await ssoApi.create(input), t('sso.added'));
          }}
        />
      </section>
      {removing && (
        <ConfirmDialog
          open
          title={t('sso.delete')}
          body={t('sso.deleteConfirm', { name: removing.name })}
          danger
          confirmLabel={t('sso.delete')}
          onCancel={() => setRemoving(null)}
          onConfirm={() =>
            void ssoApi.remove(removing.id).then((next) => {
              setRemoving(null);
              apply(next, t('sso.deleted'));
            })
          }
        />
      )}
    </>
  );
}
