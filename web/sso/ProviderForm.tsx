import { type FormEvent, useState } from 'react';
import type { ProviderView } from '../../shared/api/sso.ts';
import { ApiError } from '../api/errors.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../ui/Field.tsx';
import { useErrorText } from '../ui/Status.tsx';
import type { CreateProvider, UpdateProvider } from './api.ts';

type Kind = 'oidc' | 'saml';

/**
 * Adds or changes one identity provider. The client secret is write-only: the form never shows a
 * stored one, it only says one exists; leaving the field empty keeps it.
 */
export function ProviderForm({
  provider,
  onSubmit,
}: {
  provider?: ProviderView;
  onSubmit: (input: CreateProvider | UpdateProvider) => Promise<void>;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [kind, setKind] = useState<Kind>(provider?.kind ?? 'oidc');
  const [f, setF] = useState({
    name: provider?.name ?? '',
    enabled: provider?.enabled ?? true,
    issuer: provider?.issuer ?? '',
    clientId: provider?.clientId ?? '',
    clientSecret: '',
    scopes: provider?.scopes ?? 'openid email profile',
    idpMetadataXml: '',
    idpMetadataUrl: provider?.idpMetadataUrl ?? '',
    spEntityId: provider?.spEntityId ?? '',
    wantEncryptedAssertions: provider?.wantEncryptedAssertions ?? false,
    clockSkewSeconds: String(provider?.clockSkewSeconds ?? 60),
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = (patch: Partial<typeof f>) => setF((old) => ({ ...old, ...patch }));
  const fieldError = (name: string) => (error instanceof ApiError ? error.fieldMessage(name) : undefined);

  const body = (): CreateProvider | UpdateProvider => {
    const common = { name: f.name, enabled: f.enabled };
    if (kind === 'oidc') {
      const secret = f.clientSecret ? { clientSecret: f.clientSecret } : {};
      const fields = { ...common, issuer: f.issuer, clientId: f.clientId, scopes: f.scopes, ...secret };
      return provider ? fields : { kind, ...fields };
    }
    const metadata = {
      ...(f.idpMetadataXml ? { idpMetadataXml: f.idpMetadataXml } : {}),
      ...(f.idpMetadataUrl && f.idpMetadataUrl !== provider?.idpMetadataUrl
        ? { idpMetadataUrl: f.idpMetadataUrl }
        : {}),
    };
    const fields = {
      ...common,
      ...metadata,
      ...(f.spEntityId && f.spEntityId !== provider?.spEntityId ? { spEntityId: f.spEntityId } : {}),
      wantEncryptedAssertions: f.wantEncryptedAssertions,
      clockSkewSeconds: Number(f.clockSkewSeconds),
    };
    return provider ? fields : { kind, ...fields };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(body());
      set({ clientSecret: '', idpMetadataXml: '' });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit}>
      {error !== null && (
        <div className="alert alert-error" role="alert">
          <p>{errorText(error)}</p>
        </div>
      )}
      {!provider && (
        <SelectField label={t('sso.kind')} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          <option value="oidc">{t('sso.kind.oidc')}</option>
          <option value="saml">{t('sso.kind.saml')}</option>
        </SelectField>
      )}
      <TextField
        label={t('sso.name')}
        hint={t('sso.nameHint')}
        value={f.name}
        required
        onChange={(e) => set({ name: e.target.value })}
        error={fieldError('name')}
      />
      <CheckboxField
        label={t('sso.enabled')}
        checked={f.enabled}
        onChange={(e) => set({ enabled: e.target.checked })}
      />
      {kind === 'oidc' ? (
        <>
          <TextField
            label={t('sso.issuer')}
            hint={t('sso.issuerHint')}
            type="url"
            value={f.issuer}
            required
            onChange={(e) => set({ issuer: e.target.value })}
            error={fieldError('issuer')}
          />
          <TextField
            label={t('sso.clientId')}
            value={f.clientId}
            required
            onChange={(e) => set({ clientId: e.target.value })}
            error={fieldError('clientId')}
          />
          <TextField
            label={t('sso.clientSecret')}
            hint={provider?.hasClientSecret ? t('sso.clientSecretStored') : t('sso.clientSecretHint')}
            type="password"
            autoComplete="new-password"
            optional
            value={f.clientSecret}
            onChange={(e) => set({ clientSecret: e.target.value })}
            error={fieldError('clientSecret')}
          />
          <TextField
            label={t('sso.scopes')}
            value={f.scopes}
            onChange={(e) => set({ scopes: e.target.value })}
            error={fieldError('scopes')}
          />
        </>
      ) : (
        <>
          <TextAreaField
            label={t('sso.metadataXml')}
            optional={Boolean(provider)}
            value={f.idpMetadataXml}
            onChange={(e) => set({ idpMetadataXml: e.target.value })}
            error={fieldError('idpMetadataXml')}
          />
          <TextField
            label={t('sso.metadataUrl')}
            type="url"
            optional
            value={f.idpMetadataUrl}
            onChange={(e) => set({ idpMetadataUrl: e.target.value })}
            error={fieldError('idpMetadataUrl')}
          />
          <TextField
            label={t('sso.spEntityId')}
            optional
            value={f.spEntityId}
            onChange={(e) => set({ spEntityId: e.target.value })}
            error={fieldError('spEntityId')}
          />
          <CheckboxField
            label={t('sso.encrypted')}
            checked={f.wantEncryptedAssertions}
            onChange={(e) => set({ wantEncryptedAssertions: e.target.checked })}
          />
          <TextField
            label={t('sso.clockSkew')}
            type="number"
            min={0}
            max={300}
            value={f.clockSkewSeconds}
            onChange={(e) => set({ clockSkewSeconds: e.target.value })}
            error={fieldError('clockSkewSeconds')}
          />
        </>
      )}
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? t('common.saving') : provider ? t('common.save') : t('sso.add')}
      </button>
    </form>
  );
}
