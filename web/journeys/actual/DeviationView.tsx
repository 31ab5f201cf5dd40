import { useMemo } from 'react';
import {
  type ActorHandover,
  actualJourney,
  type DeviationPattern,
  deviationOf,
} from '../../../shared/eventlog/conformance/index.ts';
import { analyseContacts, contactLines, type Journey } from '../../../shared/journey/index.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { DrawingView } from '../DrawingView.tsx';
import { SWIM_MARKS, type SwimConnectorMark, SwimlaneView, type SwimStepMark } from '../SwimlaneView.tsx';
import { DEVIATION_INK, deviationOverlay } from './DeviationOverlay.tsx';
import { actorName, stepLabel, waitText } from './format.ts';

interface Props {
  /** The planned journey's id and version: the CJML download names them. */
  journeyId: string;
  version: number;
  planned: Journey;
  pattern: DeviationPattern;
  /** Handovers between mapped actors measured in the whole log (empty when no actor is mapped). */
  actorHandovers: readonly ActorHandover[];
  onClose: () => void;
}

/** The server-made CJML file of the variant (GET, so a plain download link; docs/CJML.md). */
function variantCjmlHref(journeyId: string, version: number, pattern: DeviationPattern, title: string) {
  const query = new URLSearchParams({
    version: String(version),
    kind: 'actual',
    variant: pattern.steps.join(','),
    waits: pattern.medianWaitsMs.map((ms) => (ms === null ? '' : String(Math.round(ms / 60_000)))).join(','),
    title,
  });
  return `/api/v1/journeys/${encodeURIComponent(journeyId)}/cjml?${query}`;
}

/** Marks on the connector into each step whose line (as the drawing has it) is in `pairs`. */
function connectorMarks(
  journey: Journey,
  pairs: ReadonlyArray<readonly [string, string]>,
  mark: SwimConnectorMark,
) {
  const keys = new Set(pairs.map((p) => p.join('\u0000')));
  const marks = new Map<string, SwimConnectorMark>();
  for (const line of contactLines(analyseContacts(journey))) {
    const first = line.contacts[0];
    if (first && line.fromActorId !== null && keys.has(`${line.fromActorId}\u0000${line.toActorId}`))
      marks.set(first.stepId, mark);
  }
  return marks;
}

/**
 * A deviating variant opened as an actual journey beside the planned one: both as the seed's drawing,
 * the planned lines not taken highlighted on the plan, the lines outside the plan on the actual one,
 * and the two step lists as text.
 */
export function DeviationView({ journeyId, version, planned, pattern, actorHandovers, onClose }: Props) {
  const { t, format } = useI18n();
  const count = pattern.cases;
  const actual = useMemo(
    () =>
      actualJourney(planned, pattern.steps, pattern.medianWaitsMs, t('actual.dev.actualTitle', { count })),
    [planned, pattern, t, count],
  );
  const deviation = useMemo(() => deviationOf(planned, pattern.steps), [planned, pattern]);
  const missing = useMemo(() => deviationOverlay(deviation.missingHandovers, 'missing'), [deviation]);
  const extra = useMemo(() => deviationOverlay(deviation.extraHandovers, 'extra'), [deviation]);
  const skipped = new Set(deviation.skipped);
  const repeated = new Set(deviation.repeated);
  const swim = useMemo(() => {
    const plannedMarks = new Map<string, SwimStepMark>(deviation.skipped.map((id) => [id, 'skipped']));
    const actualMarks = new Map<string, SwimStepMark>();
    pattern.steps.forEach((id, i) => {
      const step = actual.steps[i];
      if (step && deviation.repeated.includes(id)) actualMarks.set(step.id, 'repeated');
    });
    return {
      plannedMarks,
      actualMarks,
      plannedConnectors: connectorMarks(planned, deviation.missingHandovers, 'missing'),
      actualConnectors: connectorMarks(actual, deviation.extraHandovers, 'extra'),
    };
  }, [planned, actual, pattern, deviation]);
  const name = (id: string) => actorName(planned, id);
  const differences = [
    ...deviation.missingHandovers.map(([from, to]) =>
      t('actual.dev.missingItem', { from: name(from), to: name(to) }),
    ),
    ...deviation.extraHandovers.map(([from, to]) =>
      t('actual.dev.extraItem', { from: name(from), to: name(to) }),
    ),
  ];
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
          <figcaption>{t('actual.dev.actual', { count })}</figcaption>
          <DrawingView journey={actual} overlay={extra} />
          <ol>
            {pattern.steps.map((id, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a variant may visit a step twice; the position is the identity
              <li key={i} className={repeated.has(id) ? 'deviation-repeated' : ''}>
                {stepLabel(planned, id)}
                {i > 0 && ` (${waitText(t, format, pattern.medianWaitsMs[i] ?? null)})`}
              </li>
            ))}
          </ol>
        </figure>
      </div>
      <h3>{t('actual.dev.handovers')}</h3>
      {differences.length === 0 ? (
        <p>{t('actual.dev.noHandoverDiff')}</p>
      ) : (
        <ul data-testid="deviation-handovers">
          {differences.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
      {actorHandovers.length > 0 && (
        <p className="muted" data-testid="deviation-measured">
          {t('actual.dev.measured')}:{' '}
          {format.list(
            actorHandovers
              .filter((h) => h.cases > 0)
              .slice(0, 8)
              .map((h) =>
                t('actual.dev.measuredItem', {
                  from: name(h.fromActorId),
                  to: name(h.toActorId),
                  count: h.cases,
                }),
              ),
          )}
        </p>
      )}
      <p className="panel-actions">
        <a
          className="btn btn-secondary"
          href={variantCjmlHref(journeyId, version, pattern, actual.title)}
          download
          data-testid="deviation-cjml"
        >
          {t('actual.dev.cjml')}
        </a>
        <span className="field-hint">{t('actual.dev.cjmlHint')}</span>
      </p>
      <h3>{t('actual.dev.swimlanes')}</h3>
      <ul className="actual-legend">
        <li>{t('actual.dev.markSkipped')}</li>
        <li>{t('actual.dev.markRepeated')}</li>
        <li>{t('actual.dev.markExtra')}</li>
        <li>{`${SWIM_MARKS.missing.glyph} ${t('actual.dev.legendMissing')}`}</li>
      </ul>
      <div className="actual-side-by-side" data-testid="deviation-swimlanes">
        <figure data-testid="deviation-swim-planned">
          <figcaption>{t('actual.dev.planned')}</figcaption>
          <SwimlaneView
            journey={planned}
            title={t('actual.dev.planned')}
            stepMarks={swim.plannedMarks}
            connectorMarks={swim.plannedConnectors}
          />
        </figure>
        <figure data-testid="deviation-swim-actual">
          <figcaption>{t('actual.dev.actual', { count })}</figcaption>
          <SwimlaneView
            journey={actual}
            title={t('actual.dev.actual', { count })}
            stepMarks={swim.actualMarks}
            connectorMarks={swim.actualConnectors}
          />
        </figure>
      </div>
    </section>
  );
}
