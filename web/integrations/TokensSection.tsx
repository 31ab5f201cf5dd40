import { type FormEvent, useCallback, useState } from 'react';
import { SCOPES } from '../../shared/api/integrations.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConfirmDialog } from '../ui/Dialog.tsx';
import { CheckboxField, TextField } from '../ui/Field.tsx';
import { PagedControls, usePaged } from '../ui/Paged.tsx';
import { Badge, EmptyState, ErrorMessage, Loading, useErrorText } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { integrationsApi, type Scope, type TokenDto } from './api.ts';
import { SecretDialog } from './SecretDialog.tsx';

/** API tokens: the list (last use, expiry, status), a form for a new one, revoke with confirmation. */
export function TokensSection() {
  const { t, format } = useI18n();
  const toast = useToast();
  const errorText = useErrorText();
  const tokens = useAsync(useCallback((signal: AbortSignal) => integrationsApi.tokens({ signal }), []));
  const paged = usePaged(tokens.data ?? []);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['dashboard:read']);
  const [days, setDays] = useState('90');
  const [error, setError] = useState<unknown>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<TokenDto | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const created = await integrationsApi.createToken({ name, scopes, expiresInDays: Number(days) });
      tokens.setData((list = []) => [created.token, ...list]);
      setSecret(created.secret);
      setName('');
    } catch (e) {
      setError(e);
    }
  };
  const revoke = async () => {
    if (!revoking) return;
    await integrationsApi.revokeToken(revoking.id);
    toast({ message: t('integrations.tokens.revoked', { name: revoking.name }) });
    setRevoking(null);
    tokens.reload();
  };
  const toggle = (scope: Scope, on: boolean) =>
    setScopes((list) => (on ? [...list, scope] : list.filter((s) => s !== scope)));

  return (
    <section className="section" aria-labelledby="int-tokens">
      <h2 id="int-tokens">{t('integrations.tokens.title')}</h2>
      {tokens.loading && !tokens.data && <Loading />}
      {tokens.error ? <ErrorMessage error={tokens.error} onRetry={tokens.reload} /> : null}
      {tokens.data?.length === 0 && <EmptyState>{t('integrations.tokens.empty')}</EmptyState>}
      {tokens.data && tokens.data.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
        <section className="table-wrap" aria-label={t('integrations.tokens.title')} tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('integrations.tokens.col.name')}</th>
                <th scope="col">{t('integrations.tokens.col.scopes')}</th>
                <th scope="col">{t('integrations.tokens.col.lastUsed')}</th>
                <th scope="col">{t('integrations.tokens.col.expires')}</th>
                <th scope="col">{t('integrations.tokens.col.status')}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {paged.rows.map((token) => (
                <tr key={token.id}>
                  <th scope="row">{token.name}</th>
                  <td>{format.list(token.scopes.map((s) => t(`integrations.scope.${s}`)))}</td>
                  <td>
                    {token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('integrations.tokens.never')}
                  </td>
                  <td>{format.date(token.expiresAt)}</td>
                  <td>
                    <Badge tone={token.status === 'active' ? 'info' : 'warn'}>
                      {t(`integrations.tokens.status.${token.status}`)}
                    </Badge>
                  </td>
                  <td>
                    {token.status === 'active' && (
                      <button
                        type="button"
                        className="btn btn-danger-outline"
                        onClick={() => setRevoking(token)}
                      >
                        {t('integrations.tokens.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <PagedControls paged={paged} label={t('integrations.tokens.title')} />
        </section>
      )}
      <form className="form" onSubmit={create}>
        <h3>{t('integrations.tokens.new')}</h3>
        <TextField
          label={t('integrations.tokens.name')}
          hint={t('integrations.tokens.nameHint')}
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
        />
        <fieldset>
          <legend>{t('integrations.tokens.scopes')}</legend>
          {SCOPES.map((scope) => (
            <CheckboxField
              key={scope}
              label={t(`integrations.scope.${scope}`)}
              checked={scopes.includes(scope)}
              onChange={(e) => toggle(scope, e.target.checked)}
            />
          ))}
        </fieldset>
        <TextField
          label={t('integrations.tokens.expires')}
          type="number"
          min={1}
          max={366}
          value={days}
          onChange={(e) => setDays(e.target.value)}
        />
        {error ? (
          <p className="field-error" role="alert">
            {errorText(error)}
          </p>
        ) : null}
        <button type="submit" className="btn btn-primary" disabled={!name.trim() || scopes.length === 0}>
          {t('integrations.tokens.create')}
        </button>
      </form>
      <SecretDialog
        secret={secret}
        title={t('integrations.tokens.secretTitle')}
        text={t('integrations.tokens.secretText')}
        onClose={() => setSecret(null)}
      />
      <ConfirmDialog
        open={revoking !== null}
        title={t('integrations.tokens.revokeTitle', { name: revoking?.name ?? '' })}
        body={t('integrations.tokens.revokeText')}
        confirmLabel={t('integrations.tokens.revoke')}
        danger
        onConfirm={revoke}
        onCancel={() => setRevoking(null)}
      />
    </section>
  );
}
