import { useMemo } from 'react';
import { analyseContacts, findHotspots, type Journey, journeyMetrics } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatMetric } from './format.ts';
import { hotspotText, stepNumbers } from './hotspotText.ts';
import { useStructural } from './useStructural.ts';

const HEADLINE = [
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
] as const;

/** Live metrics and coordination hotspots of the journey being edited (computed in the browser). */
export function AnalysisPanel({ journey: live }: { journey: Journey }) {
  const { t, format } = useI18n();
  const journey = useStructural(live);
  const { metrics, hotspots } = useMemo(() => {
    const contacts = analyseContacts(journey);
    return { metrics: journeyMetrics(journey, contacts), hotspots: findHotspots(journey, {}, contacts) };
  }, [journey]);
  const lowest = metrics.lowestEmotion;
  const lowestStep = lowest ? journey.steps.findIndex((s) => s.id === lowest.stepId) + 1 : 0;
  return (
    <div className="journey-analysis">
      <dl className="figures" data-testid="journey-metrics">
        {HEADLINE.map((key) => (
          <div className="figure" key={key} data-metric={key}>
            <dt>{t(`journeys.metric.${key}`)}</dt>
            <dd>{formatMetric(t, format.number, key, metrics[key])}</dd>
          </div>
        ))}
        <div className="figure" data-metric="hotspots">
          <dt>{t('journeys.metric.hotspots')}</dt>
          <dd>{format.number(hotspots.length)}</dd>
        </div>
        {lowest && (
          <div className="figure">
            <dt>{t('journeys.metric.lowestEmotion')}</dt>
            <dd>{t('journeys.metric.lowestAt', { value: lowest.value, step: lowestStep })}</dd>
          </div>
        )}
      </dl>
      <h3>{t('journeys.metric.hotspots')}</h3>
      {hotspots.length === 0 ? (
        <p className="muted">{t('journeys.hotspot.none')}</p>
      ) : (
        <ul className="journey-hotspots" data-testid="journey-hotspots">
          {hotspots.map((h) => (
            <li key={`${h.kind}-${h.stepIds.join(',')}`} data-hotspot={h.kind}>
              <span className="badge badge-warn">{t('journeys.drawing.legend.hotspot')}</span>{' '}
              {hotspotText(t, journey, h)}.{' '}
              {t('journeys.hotspot.steps', { steps: stepNumbers(journey, h.stepIds) })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
