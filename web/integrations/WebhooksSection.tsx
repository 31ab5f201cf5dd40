import { type FormEvent, useCallback, useState } from 'react';
import { WEBHOOK_EVENTS } from '../../shared/api/integrations.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConfirmDialog } from '../ui/Dialog.tsx';
import { CheckboxField, TextField } from '../ui/Field.tsx';
import { Badge, EmptyState, ErrorMessage, Loading, useErrorText } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { integrationsApi, type SubscriptionDto, type WebhookEvent } from './api.ts';
import { DeliveriesDialog } from './DeliveriesDialog.tsx';
import { SecretDialog } from './SecretDialog.tsx';

/** Webhook subscriptions: list with waiting/given-up counts, pause, delete, deliveries; a form for a new one. */
export function WebhooksSection() {
  const { t, format } = useI18n();
  const errorText = useErrorText();
  const subs = useAsync(useCallback((signal: AbortSignal) => integrationsApi.webhooks({ signal }), []));
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>(['smiley.alert']);
  const [error, setError] = useState<unknown>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<SubscriptionDto | null>(null);
  const [showing, setShowing] = useState<SubscriptionDto | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const created = await integrationsApi.createWebhook({ url, events });
      subs.setData((list = []) => [...list, created.subscription]);
      setSecret(created.secret);
      setUrl('');
    } catch (e) {
      setError(e);
    }
  };
  const replace = (s: SubscriptionDto) =>
    subs.setData((list = []) => list.map((x) => (x.id === s.id ? s : x)));
  const remove = async () => {
    if (!deleting) return;
    await integrationsApi.deleteWebhook(deleting.id);
    setDeleting(null);
    subs.reload();
  };
  const toggle = (e: WebhookEvent, on: boolean) =>
    setEvents((list) => (on ? [...list, e] : list.filter((x) => x !== e)));
  const count = (key: 'pending' | 'failed', n: number) =>
    key === 'pending'
      ? t('integrations.webhooks.pending', { count: n })
      : t('integrations.webhooks.failed', { count: n });

  return (
    <section className="section" aria-labelledby="int-webhooks">
      <h2 id="int-webhooks">{t('integrations.webhooks.title')}</h2>
      {subs.loading && !subs.data && <Loading />}
      {subs.error ? <ErrorMessage error={subs.error} onRetry={subs.reload} /> : null}
      {subs.data?.length === 0 && <EmptyState>{t('integrations.webhooks.empty')}</EmptyState>}
      <ul className="integrations-list">
        {subs.data?.map((s) => (
          <li key={s.id} className="card">
            <p>
              <strong>{s.url}</strong>{' '}
              {!s.active && <Badge tone="warn">{t('integrations.webhooks.paused')}</Badge>}
            </p>
            <p>{format.list(s.events.map((e) => t(`integrations.event.${e}`)))}</p>
            <p>
              {count('pending', s.pending)} · {count('failed', s.failed)}
            </p>
            <div className="row-actions">
              <button type="button" className="btn" onClick={() => setShowing(s)}>
                {t('integrations.webhooks.deliveries')}
              </button>
              <button
                type="button"
                className="btn"
                onClick={async () =>
                  replace(await integrationsApi.updateWebhook(s.id, { active: !s.active }))
                }
              >
                {s.active ? t('integrations.webhooks.pause') : t('integrations.webhooks.resume')}
              </button>
              <button type="button" className="btn btn-danger-outline" onClick={() => setDeleting(s)}>
                {t('integrations.webhooks.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <form className="form" onSubmit={create}>
        <h3>{t('integrations.webhooks.new')}</h3>
        <TextField
          label={t('integrations.webhooks.url')}
          hint={t('integrations.webhooks.urlHint')}
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
        <fieldset>
          <legend>{t('integrations.webhooks.events')}</legend>
          {WEBHOOK_EVENTS.map((e) => (
            <CheckboxField
              key={e}
              label={t(`integrations.event.${e}`)}
              checked={events.includes(e)}
              onChange={(ev) => toggle(e, ev.target.checked)}
            />
          ))}
        </fieldset>
        {error ? (
          <p className="field-error" role="alert">
            {errorText(error)}
          </p>
        ) : null}
        <button type="submit" className="btn btn-primary" disabled={!url || events.length === 0}>
          {t('integrations.webhooks.create')}
        </button>
      </form>
      <SecretDialog
        secret={secret}
        title={t('integrations.webhooks.secretTitle')}
        text={t('integrations.webhooks.secretText')}
        onClose={() => setSecret(null)}
      />
      <DeliveriesDialog subscription={showing} onClose={() => setShowing(null)} />
      <ConfirmDialog
        open={deleting !== null}
        title={t('integrations.webhooks.deleteTitle', { url: deleting?.url ?? '' })}
        body={t('integrations.webhooks.deleteText')}
        confirmLabel={t('integrations.webhooks.delete')}
        danger
        onConfirm={remove}
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}
