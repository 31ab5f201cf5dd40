import { type FormEvent, useCallback, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { dashboardApi, type Filters, type FreeTextPage } from './api.ts';

/** Screened comments for the scope, newest first, with a search box and "load more". */
export function FreeTextSection({ filters, minimum }: { filters: Filters; minimum: number }) {
  const { t, format } = useI18n();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const [extra, setExtra] = useState<FreeTextPage['answers']>([]);
  const [next, setNext] = useState<string | null>(null);
  const load = useCallback(
    async (signal: AbortSignal) => {
      const page = await dashboardApi.freeText(filters, search, null, { signal });
      setExtra([]);
      setNext(page.nextBefore);
      return page;
    },
    [filters, search],
  );
  const first = useAsync(load);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(query.trim());
  };
  const more = async () => {
    if (!next) return;
    const page = await dashboardApi.freeText(filters, search, next);
    setExtra((list) => [...list, ...page.answers]);
    setNext(page.nextBefore);
  };
  if (first.error) return <ErrorMessage error={first.error} onRetry={first.reload} />;
  if (!first.data) return <Loading />;
  if (first.data.status === 'suppressed')
    return <p className="alert alert-info">{t('dashboard.freeText.hidden', { min: minimum })}</p>;
  const answers = [...first.data.answers, ...extra];
  return (
    <>
      <form className="dash-search no-print" onSubmit={onSubmit}>
        <label htmlFor="dash-free-text-q" className="field-label">
          {t('dashboard.freeText.search')}
        </label>
        <div className="dash-search-row">
          <input
            id="dash-free-text-q"
            className="input"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <button type="submit" className="btn btn-secondary">
            {t('dashboard.freeText.searchButton')}
          </button>
        </div>
      </form>
      {answers.length === 0 ? (
        <p>{t('dashboard.freeText.empty')}</p>
      ) : (
        <ul className="dash-comments" aria-live="polite">
          {answers.map((a) => (
            <li key={`${a.responseId}-${a.itemId}`}>
              <blockquote>{a.body}</blockquote>
              <p className="note">
                {t('dashboard.freeText.meta', {
                  time: format.dateTime(a.hour),
                  survey: [a.surveyTitle, a.unitName].filter(Boolean).join(' · '),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {next && (
        <button type="button" className="btn btn-secondary no-print" onClick={() => void more()}>
          {t('dashboard.freeText.more')}
        </button>
      )}
    </>
  );
}
