import { useCallback } from 'react';
import { getIndicatorSet, type IndicatorSetKey } from '../../shared/indicators/index.ts';
import type { Journey } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { EmptyState, ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { journeysApi } from './api.ts';

const SETS: readonly string[] = ['coherence', 'psychcost', 'satisfaction'];

/**
 * Indicator scores per touchpoint (step) from surveys linked to the journey. Groups below the
 * municipality's minimum are shown as withheld; with no linked survey it explains how to link one.
 */
export function ExperiencePanel({ journeyId, journey }: { journeyId: string; journey: Journey }) {
  const { t, locale, format } = useI18n();
  const load = useCallback(
    (signal: AbortSignal) => journeysApi.experience(journeyId, { signal }),
    [journeyId],
  );
  const { data, error, loading, reload } = useAsync(load);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (!data || data.touchpoints.length === 0) {
    return <EmptyState>{t('journeys.exp.empty', { min: data?.minGroupSize ?? 5 })}</EmptyState>;
  }
  const stepLabel = (id: string) => {
    const index = journey.steps.findIndex((s) => s.id === id);
    const step = journey.steps[index];
    if (!step) return t('journeys.exp.unknownStep', { id });
    return `${t('journeys.step.editing', { n: index + 1 })}: ${step.description || '–'}`;
  };
  const setName = (key: string) =>
    SETS.includes(key) ? getIndicatorSet(key as IndicatorSetKey).name[locale] : key;
  return (
    <div className="table-wrap">
      <p className="muted">{t('journeys.exp.intro')}</p>
      <table className="table table-compact">
        <thead>
          <tr>
            <th scope="col">{t('journeys.exp.touchpoint')}</th>
            <th scope="col">{t('journeys.exp.responses')}</th>
            <th scope="col">{t('journeys.exp.indicator')}</th>
            <th scope="col">{t('journeys.exp.score')}</th>
            <th scope="col">{t('journeys.exp.positive')}</th>
          </tr>
        </thead>
        <tbody>
          {data.touchpoints.map((tp) =>
            tp.suppressed || tp.indicators.length === 0 ? (
              <tr key={tp.touchpointId}>
                <th scope="row">{stepLabel(tp.touchpointId)}</th>
                <td colSpan={4}>{t('journeys.exp.suppressed', { min: data.minGroupSize })}</td>
              </tr>
            ) : (
              tp.indicators.map((score, i) => (
                <tr key={`${tp.touchpointId}-${score.set}`}>
                  {i === 0 && (
                    <th scope="row" rowSpan={tp.indicators.length}>
                      {stepLabel(tp.touchpointId)}
                    </th>
                  )}
                  {i === 0 && <td rowSpan={tp.indicators.length}>{format.number(tp.responses)}</td>}
                  <td>{setName(score.set)}</td>
                  <td>{format.number(score.score)}</td>
                  <td>{format.number(Math.round(score.positiveShare * 100))} %</td>
                </tr>
              ))
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
