import { useMemo } from 'react';
import {
  actualJourney,
  type DeviationPattern,
  deviationOf,
} from '../../../shared/eventlog/conformance/index.ts';
import type { Journey } from '../../../shared/journey/index.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { DrawingView } from '../DrawingView.tsx';
import { DEVIATION_INK, deviationOverlay } from './DeviationOverlay.tsx';
import { stepLabel, waitText } from './format.ts';

interface Props {
  planned: Journey;
  pattern: DeviationPattern;
  onClose: () => void;
}

/**
 * A deviating variant opened as an actual journey beside the planned one: both as the seed's drawing,
 * the planned lines not taken highlighted on the plan, the lines outside the plan on the actual one,
 * and the two step lists as text.
 */
export function DeviationView({ planned, pattern, onClose }: Props) {
  const { t, format, locale } = useI18n();
  const cases = format.number(pattern.cases);
  const actual = useMemo(
    () =>
      actualJourney(planned, pattern.steps, pattern.medianWaitsMs, t('actual.dev.actualTitle', { cases })),
    [planned, pattern, t, cases],
  );
  const deviation = useMemo(() => deviationOf(planned, pattern.steps), [planned, pattern]);
  const missing = useMemo(() => deviationOverlay(deviation.missingHandovers, 'missing'), [deviation]);
  const extra = useMemo(() => deviationOverlay(deviation.extraHandovers, 'extra'), [deviation]);
  const skipped = new Set(deviation.skipped);
  const repeated = new Set(deviation.repeated);
  return (
    <section
      className="section actual-deviation"
      aria-labelledby="actual-dev-title"
      data-testid="deviation-view"
    >
      <div className="actual-deviation-head">
        <h2 id="actual-dev-title">{t('actual.dev.title')}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('actual.dev.close')}
        </button>
      </div>
      <ul className="actual-legend">
        <li>
          <span style={{ borderColor: DEVIATION_INK.missing }} className="swatch dashed" />
          {t('actual.dev.legendMissing')}
        </li>
        <li>
          <span style={{ borderColor: DEVIATION_INK.extra }} className="swatch" />
          {t('actual.dev.legendExtra')}
        </li>
      </ul>
      <div className="actual-side-by-side">
        <figure data-testid="deviation-planned">
          <figcaption>{t('actual.dev.planned')}</figcaption>
          <DrawingView journey={planned} overlay={missing} />
          <ol>
            {planned.steps.map((s) => (
              <li
                key={s.id}
                className={
                  skipped.has(s.id) ? 'deviation-skipped' : repeated.has(s.id) ? 'deviation-repeated' : ''
                }
              >
                {s.description || s.id}
                {skipped.has(s.id) && ` — ${t('actual.conf.colSkipped').toLowerCase()}`}
                {repeated.has(s.id) && ` — ${t('actual.conf.colRepeated').toLowerCase()}`}
              </li>
            ))}
          </ol>
        </figure>
        <figure data-testid="deviation-actual">
          <figcaption>{t('actual.dev.actual', { cases })}</figcaption>
          <DrawingView journey={actual} overlay={extra} />
          <ol>
            {pattern.steps.map((id, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a variant may visit a step twice; the position is the identity
              <li key={i} className={repeated.has(id) ? 'deviation-repeated' : ''}>
                {stepLabel(planned, id)}
                {i > 0 && ` (${waitText(t, locale, pattern.medianWaitsMs[i] ?? null)})`}
              </li>
            ))}
          </ol>
        </figure>
      </div>
    </section>
  );
}
