import { useCallback } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { type SmileyRow, surveysApi } from './api.ts';
import { SmileyHeatMap } from './SmileyHeatMap.tsx';
import { UnitAlertPanel } from './UnitAlertPanel.tsx';

/** Smiley presses: overall figures, by hour of day and weekday, and each target unit's alert rule. */
export function SmileyPanel({
  surveyId,
  unitIds,
  mayManage,
}: {
  surveyId: string;
  unitIds: string[];
  mayManage: boolean;
}) {
  const { t, format, locale } = useI18n();
  const load = useCallback((signal: AbortSignal) => surveysApi.smiley(surveyId, { signal }), [surveyId]);
  const report = useAsync(load);
  const pct = (v: number | null) => (v === null ? '–' : `${format.number(Math.round(v * 100))} %`);
  const idx = (v: number | null) => (v === null ? '–' : format.number(Math.round(v)));
  const weekday = (n: number) =>
    new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(new Date(Date.UTC(2024, 0, n)));
  const table = (rows: SmileyRow[], head: string, label: (k: number) => string) => (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col">{t('surveys.col.presses')}</th>
            <th scope="col">{t('surveys.col.positive')}</th>
            <th scope="col">{t('surveys.col.index')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{label(r.key)}</th>
              <td>{r.total}</td>
              <td>{pct(r.positiveShare)}</td>
              <td>{idx(r.index)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <section aria-labelledby="smiley">
      <h2 id="smiley">{t('surveys.smiley')}</h2>
      {report.loading && !report.data && <Loading />}
      {report.error !== undefined && <ErrorMessage error={report.error} onRetry={report.reload} />}
      {report.data && (
        <>
          <p>
            {t('surveys.smileyOverall', {
              total: report.data.overall.total,
              positive: pct(report.data.overall.positiveShare),
              index: idx(report.data.overall.index),
            })}
          </p>
          <SmileyHeatMap grid={report.data.grid} />
          {table(report.data.byHour, t('surveys.col.hour'), (h) => `${String(h).padStart(2, '0')}:00`)}
          {/* 2024-01-01 was a Monday, so ISO weekday n is 1 January + n − 1. */}
          {table(report.data.byWeekday, t('surveys.col.weekday'), weekday)}
        </>
      )}
      {unitIds.map((u) => (
        <UnitAlertPanel key={u} unitId={u} mayManage={mayManage} />
      ))}
    </section>
  );
}
