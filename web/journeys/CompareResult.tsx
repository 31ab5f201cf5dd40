import type { JourneyComparison } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { JourneyDetail } from './api.ts';
import { DrawingView } from './DrawingView.tsx';
import { formatDelta, formatMetric } from './format.ts';
import { StepTextList } from './StepTextList.tsx';

const SHOWN = new Set([
  'steps',
  'actors',
  'employees',
  'professions',
  'departments',
  'externalPartners',
  'handovers',
  'boundaryHandovers',
  'repeatedContacts',
  'totalWaitingMinutes',
  'totalElapsedMinutes',
  'painPointShare',
]);

/** Metric deltas and the two drawings side by side. */
export function CompareResult({
  data,
}: {
  data: { before: JourneyDetail; after: JourneyDetail; comparison: JourneyComparison };
}) {
  const { t, format } = useI18n();
  const { before, after, comparison } = data;
  const heading = (d: JourneyDetail) =>
    `${d.title} · ${t(`journeys.status.${d.status}`)} · ${t('journeys.editor.version', { version: d.version })}`;
  return (
    <>
      <div className="table-wrap">
        <table className="table table-compact" data-testid="journey-compare-table">
          <caption>{t('journeys.compare.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('journeys.compare.metric')}</th>
              <th scope="col">{t('journeys.compare.before')}</th>
              <th scope="col">{t('journeys.compare.after')}</th>
              <th scope="col">{t('journeys.compare.change')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.metrics
              .filter((m) => SHOWN.has(m.metric))
              .map((m) => (
                <tr key={m.metric} data-metric={m.metric}>
                  <th scope="row">{t(`journeys.metric.${m.metric}`)}</th>
                  <td className="num">{formatMetric(t, format.number, m.metric, m.before)}</td>
                  <td className="num">{formatMetric(t, format.number, m.metric, m.after)}</td>
                  <td className="num">
                    {formatMetric(t, format.number, m.metric, m.before)} →{' '}
                    {formatMetric(t, format.number, m.metric, m.after)} (
                    {formatDelta(t, format.number, m.metric, m.delta)})
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      <p>
        {t('journeys.compare.steps', {
          added: comparison.steps.added.length,
          removed: comparison.steps.removed.length,
          changed: comparison.steps.changed.length,
        })}
      </p>
      <div className="journey-compare">
        {(
          [
            ['before', before],
            ['after', after],
          ] as const
        ).map(([side, d]) => (
          <section key={side} className="section" aria-label={heading(d)}>
            <h2>{heading(d)}</h2>
            <DrawingView journey={d.journey} />
            <StepTextList journey={d.journey} />
          </section>
        ))}
      </div>
    </>
  );
}
