import { useCallback } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { PagedControls, usePaged } from '../ui/Paged.tsx';
import { EmptyState, ErrorMessage, Loading } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { integrationsApi, type SubscriptionDto } from './api.ts';

/** The latest deliveries of one subscription: event, time, status, attempts, answer; "send again". */
export function DeliveriesDialog({
  subscription,
  onClose,
}: {
  subscription: SubscriptionDto | null;
  onClose: () => void;
}) {
  const { t, format } = useI18n();
  const toast = useToast();
  const id = subscription?.id;
  const deliveries = useAsync(
    useCallback(
      (signal: AbortSignal) => (id ? integrationsApi.deliveries(id, { signal }) : Promise.resolve([])),
      [id],
    ),
  );
  const paged = usePaged(deliveries.data ?? []);
  const resend = async (deliveryId: string) => {
    if (!id) return;
    await integrationsApi.resend(id, deliveryId);
    toast({ message: t('integrations.deliveries.resent') });
    deliveries.reload();
  };
  return (
    <Dialog
      open={subscription !== null}
      title={t('integrations.deliveries.title', { url: subscription?.url ?? '' })}
      onClose={onClose}
    >
      {deliveries.loading && !deliveries.data && <Loading />}
      {deliveries.error ? <ErrorMessage error={deliveries.error} onRetry={deliveries.reload} /> : null}
      {deliveries.data?.length === 0 && <EmptyState>{t('integrations.deliveries.empty')}</EmptyState>}
      {deliveries.data && deliveries.data.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('integrations.deliveries.col.event')}</th>
              <th scope="col">{t('integrations.deliveries.col.time')}</th>
              <th scope="col">{t('integrations.deliveries.col.status')}</th>
              <th scope="col">{t('integrations.deliveries.col.attempts')}</th>
              <th scope="col">{t('integrations.deliveries.col.response')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {paged.rows.map((d) => (
              <tr key={d.id}>
                <th scope="row">{t(`integrations.event.${d.eventType}`)}</th>
                <td>{format.dateTime(d.occurredAt)}</td>
                <td>
                  {t(`integrations.deliveries.status.${d.status}`)}
                  {d.nextAttemptAt && d.attempts > 0 ? (
                    <> ({t('integrations.deliveries.next', { time: format.dateTime(d.nextAttemptAt) })})</>
                  ) : null}
                </td>
                <td>{format.number(d.attempts)}</td>
                <td>{d.lastStatus ?? d.lastError ?? '–'}</td>
                <td>
                  {d.status !== 'pending' && (
                    <button type="button" className="btn btn-link" onClick={() => resend(d.id)}>
                      {t('integrations.deliveries.resend')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <PagedControls paged={paged} label={t('integrations.webhooks.deliveries')} />
    </Dialog>
  );
}
