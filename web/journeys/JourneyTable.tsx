import { Link } from 'wouter';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PagedControls, usePaged } from '../ui/Paged.tsx';
import type { JourneySummary, ListFilter, SortKey } from './api.ts';
import { formatMetric } from './format.ts';

/** Metric columns of the list, in reading order. */
const METRIC_COLUMNS = [
  'steps',
  'actors',
  'professions',
  'handovers',
  'boundaryHandovers',
  'repeatedContacts',
  'hotspots',
  'totalWaitingMinutes',
  'painPointShare',
] as const;

interface Props {
  journeys: JourneySummary[];
  filter: ListFilter;
  busy: boolean;
  onSort: (sort: SortKey, order: 'asc' | 'desc') => void;
}

/** The list as a table; every column heading is a sort button and `aria-sort` tells which is active. */
export function JourneyTable({ journeys, filter, busy, onSort }: Props) {
  const { t, format } = useI18n();
  const paged = usePaged(journeys);
  const header = (key: SortKey, label: string) => {
    const active = filter.sort === key;
    const next =
      active && filter.order === 'desc' ? 'asc' : active ? 'desc' : key === 'title' ? 'asc' : 'desc';
    return (
      <th
        key={key}
        scope="col"
        aria-sort={active ? (filter.order === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <button type="button" className="btn-link journey-sort" onClick={() => onSort(key, next)}>
          {label}
          <span aria-hidden="true">{active ? (filter.order === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };
  return (
    <>
      <div className="table-wrap" aria-busy={busy}>
        <table className="table table-compact journey-table" data-testid="journey-table">
          <caption className="visually-hidden">{t('journeys.list.caption')}</caption>
          <thead>
            <tr>
              {header('title', t('journeys.col.title'))}
              <th scope="col">{t('journeys.col.unit')}</th>
              {header('status', t('journeys.col.status'))}
              {METRIC_COLUMNS.map((key) => header(key, t(`journeys.metric.${key}`)))}
              {header('updatedAt', t('journeys.col.updated'))}
            </tr>
          </thead>
          <tbody>
            {paged.rows.map((j) => (
              <tr key={j.id}>
                <th scope="row">
                  <Link to={`/journeys/${j.id}`}>{j.title}</Link>
                  {j.persona && <span className="journey-persona">{j.persona}</span>}
                </th>
                <td>{j.ownerUnitName ?? '–'}</td>
                <td>{t(`journeys.status.${j.status}`)}</td>
                {METRIC_COLUMNS.map((key) => (
                  <td key={key} className="num">
                    {formatMetric(t, format.number, key, j.metrics[key])}
                  </td>
                ))}
                <td>{format.date(j.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PagedControls paged={paged} label={t('journeys.list.caption')} />
    </>
  );
}
