import { useCallback, useState } from 'react';
import { Link } from 'wouter';
import { JOURNEY_STATUSES, type JourneyStatus } from '../../shared/journey/index.ts';
import { unitsApi } from '../api/endpoints.ts';
import { useAuth } from '../app/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { SelectField } from '../ui/Field.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { EmptyState, ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { journeysApi, type ListFilter } from './api.ts';
import { ImportButton } from './ImportButton.tsx';
import { JourneyTable } from './JourneyTable.tsx';
import './journeys.css';

/** The journey list: filters (unit, persona, status), metrics as sortable columns, new and import. */
export function JourneysPage() {
  const { t } = useI18n();
  const { state } = useAuth();
  const mayRecord = state.status === 'authenticated' && state.me.user.role !== 'viewer';
  const [filter, setFilter] = useState<ListFilter>({ sort: 'updatedAt', order: 'desc' });
  const [persona, setPersona] = useState('');
  const load = useCallback(
    async (signal: AbortSignal) => {
      const [journeys, units] = await Promise.all([
        journeysApi.list(filter, { signal }),
        unitsApi.list(false, { signal }),
      ]);
      return { journeys, units };
    },
    [filter],
  );
  const { data, error, loading, reload } = useAsync(load);
  return (
    <>
      <PageHeader title={t('journeys.list.title')} intro={t('journeys.list.intro')}>
        <div className="panel-actions">
          {mayRecord && (
            <Link className="btn btn-primary" to="/journeys/new">
              {t('journeys.list.new')}
            </Link>
          )}
          <Link className="btn btn-secondary" to="/journeys/compare">
            {t('journeys.list.compare')}
          </Link>
        </div>
      </PageHeader>
      <form
        className="journey-filters"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter({ ...filter, persona: persona.trim() || undefined });
        }}
      >
        <SelectField
          id="jf-unit"
          label={t('journeys.filter.unit')}
          compact
          value={filter.unitId ?? ''}
          onChange={(e) => setFilter({ ...filter, unitId: e.target.value || undefined })}
        >
          <option value="">{t('journeys.filter.allUnits')}</option>
          {(data?.units ?? []).map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
        <div className="field">
          <label className="field-label" htmlFor="jf-persona">
            {t('journeys.filter.persona')}
          </label>
          <input
            id="jf-persona"
            type="search"
            className="input input-compact"
            value={persona}
            onChange={(e) => setPersona(e.target.value)}
            onBlur={() => setFilter({ ...filter, persona: persona.trim() || undefined })}
          />
        </div>
        <SelectField
          id="jf-status"
          label={t('journeys.filter.status')}
          compact
          value={filter.status ?? ''}
          onChange={(e) =>
            setFilter({
              ...filter,
              status: JOURNEY_STATUSES.find((s): s is JourneyStatus => s === e.target.value),
            })
          }
        >
          <option value="">{t('journeys.filter.allStatuses')}</option>
          {JOURNEY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`journeys.status.${s}`)}
            </option>
          ))}
        </SelectField>
      </form>
      {error ? (
        <ErrorMessage error={error} onRetry={reload} />
      ) : !data ? (
        <Loading />
      ) : data.journeys.length === 0 ? (
        <EmptyState>{t('journeys.list.empty')}</EmptyState>
      ) : (
        <JourneyTable
          journeys={data.journeys}
          filter={filter}
          busy={loading}
          onSort={(sort, order) => setFilter({ ...filter, sort, order })}
        />
      )}
      {mayRecord && <ImportButton units={data?.units ?? []} />}
    </>
  );
}
