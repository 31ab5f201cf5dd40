import { useCallback, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { InPageNav } from '../../ui/InPageNav.tsx';
import { ErrorMessage, Loading } from '../../ui/Status.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { getAttributes, getReport, reportQuery } from '../api.ts';
import type { EventLog, ReportParams } from '../types.ts';
import { ExperiencePanel } from './ExperiencePanel.tsx';
import { Filters } from './Filters.tsx';
import { MatrixTable } from './MatrixTable.tsx';
import { NetworkChart } from './NetworkChart.tsx';
import { VariantList } from './VariantList.tsx';

const DEFAULTS: ReportParams = { by: 'resource', from: '', to: '', filter: [], minVariant: 1 };

/** The handover analysis of a stored log: filters, definition, network, matrix, variants, exports. */
export function AnalysisView({ log }: { log: EventLog }) {
  const { t, format } = useI18n();
  const [params, setParams] = useState(DEFAULTS);
  const attributes = useAsync(
    useCallback((signal: AbortSignal) => getAttributes(log.id, { signal }), [log.id]),
  );
  const report = useAsync(
    useCallback((signal: AbortSignal) => getReport(log.id, params, { signal }), [log.id, params]),
  );
  const r = report.data;
  const exportHref = (table: string, fmt: string) =>
    `/api/v1/eventlogs/${log.id}/export/${table}.${fmt}?${reportQuery(params)}`;
  return (
    <>
      <Filters
        params={params}
        eventAttributes={attributes.data?.eventAttributes ?? []}
        caseValues={attributes.data?.caseAttributes ?? []}
        onApply={setParams}
      />
      <section className="section" aria-labelledby="eventlog-definition-title">
        <h2 id="eventlog-definition-title">{t('eventlog.definition.title')}</h2>
        <p>{t('eventlog.definition.text')}</p>
      </section>
      {report.loading && <Loading label={t('eventlog.computing')} />}
      {report.error ? <ErrorMessage error={report.error} onRetry={report.reload} /> : null}
      {r && (
        <div aria-busy={report.loading}>
          <h2>{t('eventlog.results')}</h2>
          <InPageNav
            items={[
              { id: 'eventlog-definition-title', label: t('eventlog.definition.title') },
              { id: 'eventlog-network-title', label: t('eventlog.network.title') },
              { id: 'eventlog-matrix-title', label: t('eventlog.matrix.title') },
              { id: 'eventlog-variants-title', label: t('eventlog.variants.title') },
              { id: 'eventlog-experience-title', label: t('eventlog.experience.title') },
            ]}
          />
          <p role="status">
            {t('eventlog.resultSummary', {
              cases: format.number(r.summary.cases),
              events: format.number(r.summary.events),
              actors: format.number(r.summary.actors),
              excluded: format.number(r.summary.excludedCases),
            })}
          </p>
          {r.summary.eventsWithoutActor > 0 && (
            <p className="note">
              {t('eventlog.withoutActor', {
                by: r.by,
                count: format.number(r.summary.eventsWithoutActor),
              })}
            </p>
          )}
          <p className="eventlog-tools">
            <a className="btn btn-secondary" href={exportHref('matrix', 'csv')} download>
              {t('eventlog.export.matrixCsv')}
            </a>
            <a className="btn btn-secondary" href={exportHref('matrix', 'xlsx')} download>
              {t('eventlog.export.matrixXlsx')}
            </a>
            <a className="btn btn-secondary" href={exportHref('variants', 'csv')} download>
              {t('eventlog.export.variantsCsv')}
            </a>
            <a className="btn btn-secondary" href={exportHref('variants', 'xlsx')} download>
              {t('eventlog.export.variantsXlsx')}
            </a>
          </p>
          <NetworkChart report={r} fileName={`handovers-${params.by}`} />
          <MatrixTable report={r} />
          <VariantList log={log} report={r} />
          <ExperiencePanel report={r} />
        </div>
      )}
    </>
  );
}
