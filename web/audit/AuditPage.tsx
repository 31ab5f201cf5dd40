import { useCallback, useRef, useState } from 'react';
import { auditApi, unitsApi, usersApi } from '../api/endpoints.ts';
import type { AuditEntry } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { EmptyState, ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { actionLabel, detailPairs, targetTypeLabel } from './describe.ts';

const PAGE_SIZE = 50;

/** Admin: the audit log, newest first, with "Hent flere" paging by timestamp. */
export function AuditPage() {
  const { t, format } = useI18n();
  const first = useAsync(
    useCallback((signal: AbortSignal) => auditApi.page(null, PAGE_SIZE, { signal }), []),
  );
  const [more, setMore] = useState<{ entries: AuditEntry[]; nextBefore: string | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const endRef = useRef<HTMLParagraphElement>(null);
  // Names for the ids in the log; if this fails the ids are shown instead, which is still correct.
  const names = useAsync(
    useCallback(async (signal: AbortSignal) => {
      const [users, units] = await Promise.all([usersApi.list({ signal }), unitsApi.list(true, { signal })]);
      return new Map<string, string>([
        ...users.map((u): [string, string] => [u.id, u.name]),
        ...units.map((u): [string, string] => [u.id, u.name]),
      ]);
    }, []),
  );

  const entries = [...(first.data?.entries ?? []), ...(more?.entries ?? [])];
  const nextBefore = more ? more.nextBefore : (first.data?.nextBefore ?? null);

  const loadMore = async () => {
    if (!nextBefore) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await auditApi.page(nextBefore, PAGE_SIZE);
      setMore((current) => ({
        entries: [...(current?.entries ?? []), ...page.entries],
        nextBefore: page.nextBefore,
      }));
      // The button disappears at the end; put focus on the sentence that replaces it.
      if (!page.nextBefore) requestAnimationFrame(() => endRef.current?.focus());
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <PageHeader title={t('audit.title')} intro={t('audit.intro')} />
      {first.error ? (
        <ErrorMessage error={first.error} onRetry={first.reload} />
      ) : !first.data ? (
        <Loading />
      ) : entries.length === 0 ? (
        <EmptyState>{t('audit.empty')}</EmptyState>
      ) : (
        <>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
          <section className="table-wrap" aria-label={t('audit.tableCaption')} tabIndex={0}>
            <table className="table table-compact">
              <caption className="visually-hidden">{t('audit.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.col.at')}</th>
                  <th scope="col">{t('audit.col.actor')}</th>
                  <th scope="col">{t('audit.col.action')}</th>
                  <th scope="col">{t('audit.col.target')}</th>
                  <th scope="col">{t('audit.col.details')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.id}>
                    <td className="nowrap">
                      <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
                    </td>
                    <td>{entry.actor ? entry.actor.email : t('audit.system')}</td>
                    <td>{actionLabel(t, entry.action)}</td>
                    <td>
                      {entry.targetType ? targetTypeLabel(t, entry.targetType) : '–'}
                      {entry.targetId &&
                        (names.data?.has(entry.targetId) ? (
                          <span>: {names.data.get(entry.targetId)}</span>
                        ) : (
                          <span className="muted id-text"> {entry.targetId}</span>
                        ))}
                    </td>
                    <td>
                      {detailPairs(entry.details).length > 0 && (
                        <dl className="details">
                          {detailPairs(entry.details).map(([key, value]) => (
                            <div key={key}>
                              <dt>{key}</dt>
                              <dd>{value}</dd>
                            </div>
                          ))}
                        </dl>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <div className="load-more">
            <p role="status" className="muted">
              {t('audit.shown', { count: entries.length })}
            </p>
            {moreError !== null && <ErrorMessage error={moreError} />}
            {nextBefore ? (
              <button
                type="button"
                className="btn btn-secondary"
                onClick={() => void loadMore()}
                disabled={loadingMore}
              >
                {loadingMore ? t('audit.loadingMore') : t('audit.loadMore')}
              </button>
            ) : (
              <p ref={endRef} tabIndex={-1}>
                {t('audit.end')}
              </p>
            )}
          </div>
        </>
      )}
    </>
  );
}
