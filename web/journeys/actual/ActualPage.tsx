import { useCallback, useState } from 'react';
import { useParams, useSearchParams } from 'wouter';
import type { Mapping } from '../../../shared/api/conformance.ts';
import type { DeviationPattern } from '../../../shared/eventlog/conformance/index.ts';
import type { Journey } from '../../../shared/journey/index.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ErrorMessage, Loading } from '../../ui/Status.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { journeysApi } from '../api.ts';
import { ActorHandoversTable } from './ActorHandoversTable.tsx';
import { actualApi } from './api.ts';
import { ChartsPanel } from './ChartsPanel.tsx';
import { ConformancePanel } from './ConformancePanel.tsx';
import { DeviationView } from './DeviationView.tsx';
import { JointPanel } from './JointPanel.tsx';
import { MappingForm } from './MappingForm.tsx';
import '../journeys.css';
import './actual.css';

/** `/journeys/:id/actual[?version=n]`: planned vs actual for one journey version. */
export function ActualPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const { t } = useI18n();
  const asked = Number(search.get('version')) || undefined;
  const load = useCallback(
    async (signal: AbortSignal) => {
      const detail = asked ? await journeysApi.getVersion(id, asked) : await journeysApi.get(id, { signal });
      const mapping = await actualApi.mapping(id, detail.version, { signal });
      return { detail, mapping };
    },
    [id, asked],
  );
  const { data, error, loading, reload, setData } = useAsync(load);
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (loading || !data) return <Loading />;
  const { detail, mapping } = data;
  return (
    <div className="actual-page">
      <PageHeader title={t('actual.title', { title: detail.title })} intro={t('actual.intro')}>
        <p className="muted">{t('actual.version', { version: detail.version })}</p>
      </PageHeader>
      <MappingForm
        journeyId={id}
        version={detail.version}
        journey={detail.journey}
        mapping={mapping}
        onSaved={(m: Mapping) => setData({ detail, mapping: m })}
      />
      {mapping && (
        <Results key={mapping.updatedAt} id={id} version={detail.version} journey={detail.journey} />
      )}
    </div>
  );
}

function Results({ id, version, journey }: { id: string; version: number; journey: Journey }) {
  const [open, setOpen] = useState<DeviationPattern | null>(null);
  const conformance = useAsync(
    useCallback((signal: AbortSignal) => actualApi.conformance(id, version, { signal }), [id, version]),
  );
  const joint = useAsync(
    useCallback((signal: AbortSignal) => actualApi.joint(id, version, { signal }), [id, version]),
  );
  const charts = useAsync(
    useCallback((signal: AbortSignal) => actualApi.charts(id, version, { signal }), [id, version]),
  );
  if (conformance.error) return <ErrorMessage error={conformance.error} onRetry={conformance.reload} />;
  if (!conformance.data) return <Loading />;
  const data = conformance.data;
  return (
    <>
      <ConformancePanel data={data} journey={journey} onOpen={setOpen} />
      <ActorHandoversTable report={data.report} journey={journey} />
      {open && (
        <DeviationView
          journeyId={id}
          version={version}
          planned={journey}
          pattern={open}
          actorHandovers={data.report.actorHandovers}
          onClose={() => setOpen(null)}
        />
      )}
      {joint.error ? (
        <ErrorMessage error={joint.error} />
      ) : joint.data ? (
        <JointPanel data={joint.data} journey={journey} />
      ) : (
        <Loading />
      )}
      {charts.error ? (
        <ErrorMessage error={charts.error} />
      ) : charts.data ? (
        <ChartsPanel charts={charts.data} report={data.report} journey={journey} />
      ) : (
        <Loading />
      )}
    </>
  );
}
