import { useCallback, useState } from 'react';
import { useSearchParams } from 'wouter';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { journeysApi } from './api.ts';
import { CompareResult } from './CompareResult.tsx';
import './journeys.css';

/**
 * As-is against to-be (or two versions of one journey): pick two journeys, see both drawings side by
 * side and the metric deltas ("handovers 11 → 6"). The choice lives in the URL so it can be shared.
 */
export function ComparePage() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const loadList = useCallback(
    (signal: AbortSignal) => journeysApi.list({ sort: 'title', order: 'asc' }, { signal }),
    [],
  );
  const list = useAsync(loadList);
  const journeys = list.data ?? [];
  const [before, setBefore] = useState(search.get('before') ?? '');
  const [after, setAfter] = useState(search.get('after') ?? '');
  const query = search.toString();
  const loadComparison = useCallback(
    async (_signal: AbortSignal) => {
      const params = new URLSearchParams(query);
      const b = params.get('before');
      const a = params.get('after');
      if (!b || !a) return null;
      const num = (key: string) => Number(params.get(key)) || undefined;
      return journeysApi.compare({
        before: b,
        beforeVersion: num('beforeVersion'),
        after: a,
        afterVersion: num('afterVersion'),
      });
    },
    [query],
  );
  const result = useAsync(loadComparison);
  const select = (id: string, label: string, value: string, onChange: (v: string) => void) => (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="input input-compact"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">–</option>
        {journeys.map((j) => (
          <option key={j.id} value={j.id}>
            {j.title} ({t(`journeys.status.${j.status}`)})
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      <PageHeader title={t('journeys.compare.title')} intro={t('journeys.compare.intro')} />
      {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
      <form
        className="journey-filters"
        onSubmit={(event) => {
          event.preventDefault();
          if (before && after) setSearch({ before, after });
        }}
      >
        {select('cmp-before', t('journeys.compare.before'), before, setBefore)}
        {select('cmp-after', t('journeys.compare.after'), after, setAfter)}
        <button type="submit" className="btn btn-primary" disabled={!before || !after}>
          {t('journeys.compare.run')}
        </button>
      </form>
      {result.error ? (
        <ErrorMessage error={result.error} onRetry={result.reload} />
      ) : result.loading ? (
        <Loading />
      ) : result.data ? (
        <CompareResult data={result.data} />
      ) : null}
    </>
  );
}
