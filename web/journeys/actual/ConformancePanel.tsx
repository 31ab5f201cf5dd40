import type { ConformanceResponse } from '../../../shared/api/conformance.ts';
import type { DeviationPattern } from '../../../shared/eventlog/conformance/index.ts';
import type { Journey } from '../../../shared/journey/index.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { PagedControls, usePaged } from '../../ui/Paged.tsx';
import { stepLabel, waitText } from './format.ts';

interface Props {
  data: ConformanceResponse;
  journey: Journey;
  onOpen: (pattern: DeviationPattern) => void;
}

/** Conformance in the seed's terms: cases that follow the plan, per step and handover, extras, top deviations. */
export function ConformancePanel({ data, journey, onOpen }: Props) {
  const { t, format } = useI18n();
  const { report } = data;
  const label = (id: string) => stepLabel(journey, id);
  const steps = usePaged(report.steps);
  const handovers = usePaged(report.handovers);
  const extras = usePaged(report.extras);
  const patterns = usePaged(report.patterns);
  const fixed = (x: number) => format.fixed(x, 3);
  const figures: Array<[string, string]> = [
    [t('actual.conf.cases'), format.number(report.cases)],
    [t('actual.conf.mapped'), format.number(report.mappedCases)],
    [t('actual.conf.conforming'), format.number(report.conformingCases)],
    [t('actual.conf.fitness'), fixed(report.fitness.log)],
    [t('actual.conf.meanFitness'), fixed(report.fitness.meanCase)],
    [t('actual.conf.extraContacts'), format.number(report.extraContacts)],
    [t('actual.conf.extraCross'), format.number(report.extraCrossBoundary)],
  ];
  return (
    <section className="section" aria-labelledby="actual-conf-title" data-testid="conformance">
      <h2 id="actual-conf-title">{t('actual.conf.title')}</h2>
      <p className="muted">{t('actual.conf.method')}</p>
      <dl className="actual-figures">
        {figures.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <div className="table-wrap">
        <table className="table" data-testid="conformance-steps">
          <caption>{t('actual.conf.steps')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('actual.conf.colStep')}</th>
              <th scope="col" className="num">
                {t('actual.conf.colPassed')}
              </th>
              <th scope="col" className="num">
                {t('actual.conf.colSkipped')}
              </th>
              <th scope="col" className="num">
                {t('actual.conf.colRepeated')}
              </th>
              <th scope="col" className="num">
                {t('actual.conf.colWaitMedian')}
              </th>
              <th scope="col" className="num">
                {t('actual.conf.colWaitP90')}
              </th>
            </tr>
          </thead>
          <tbody>
            {steps.rows.map((s) => (
              <tr key={s.stepId}>
                <th scope="row">{label(s.stepId)}</th>
                <td className="num">{format.number(s.passed)}</td>
                <td className="num">{format.number(s.skipped)}</td>
                <td className="num">{format.number(s.repeated)}</td>
                <td className="num">{waitText(t, format, s.waitBefore.medianMs)}</td>
                <td className="num">{waitText(t, format, s.waitBefore.p90Ms)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PagedControls paged={steps} label={t('actual.conf.steps')} />
      <div className="table-wrap">
        <table className="table">
          <caption>{t('actual.conf.handovers')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('actual.conf.colHandover')}</th>
              <th scope="col" className="num">
                {t('actual.conf.colFollowed')}
              </th>
              <th scope="col" className="num">
                {t('actual.conf.colNotFollowed')}
              </th>
              <th scope="col">{t('actual.conf.colCross')}</th>
              <th scope="col" className="num">
                {t('actual.conf.colWaitMedian')}
              </th>
              <th scope="col" className="num">
                {t('actual.conf.colWaitP90')}
              </th>
            </tr>
          </thead>
          <tbody>
            {handovers.rows.map((h) => (
              <tr key={h.fromStepId}>
                <th scope="row">{`${label(h.fromStepId)} → ${label(h.toStepId)}`}</th>
                <td className="num">{format.number(h.followed)}</td>
                <td className="num">{format.number(h.notFollowed)}</td>
                <td>{h.crossesBoundary ? t('actual.conf.yes') : t('actual.conf.no')}</td>
                <td className="num">{waitText(t, format, h.wait.medianMs)}</td>
                <td className="num">{waitText(t, format, h.wait.p90Ms)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PagedControls paged={handovers} label={t('actual.conf.handovers')} />
      <div className="table-wrap">
        <table className="table">
          <caption>{t('actual.conf.extras')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('actual.conf.colHandover')}</th>
              <th scope="col">{t('actual.conf.colKind')}</th>
              <th scope="col">{t('actual.conf.colCross')}</th>
              <th scope="col" className="num">
                {t('actual.conf.colCases')}
              </th>
              <th scope="col" className="num">
                {t('actual.conf.colTimes')}
              </th>
              <th scope="col" className="num">
                {t('actual.conf.colWaitMedian')}
              </th>
            </tr>
          </thead>
          <tbody>
            {extras.rows.map((e) => (
              <tr key={`${e.fromStepId}>${e.toStepId}`}>
                <th scope="row">{`${label(e.fromStepId)} → ${label(e.toStepId)}`}</th>
                <td>{e.kind === 'back' ? t('actual.conf.kindBack') : t('actual.conf.kindSkip')}</td>
                <td>{e.crossesBoundary ? t('actual.conf.yes') : t('actual.conf.no')}</td>
                <td className="num">{format.number(e.cases)}</td>
                <td className="num">{format.number(e.occurrences)}</td>
                <td className="num">{waitText(t, format, e.medianWaitMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PagedControls paged={extras} label={t('actual.conf.extras')} />
      <h3>{t('actual.conf.patterns')}</h3>
      {report.patterns.length === 0 ? (
        <p>{t('actual.conf.noPatterns')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="conformance-patterns">
            <thead>
              <tr>
                <th scope="col">{t('actual.conf.colPattern')}</th>
                <th scope="col" className="num">
                  {t('actual.conf.colCases')}
                </th>
                <th scope="col" className="num">
                  {t('actual.conf.colExtra')}
                </th>
                <th scope="col">{t('actual.conf.colDiff')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('actual.conf.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {patterns.rows.map((p) => (
                <tr key={p.steps.join(',')}>
                  <td>{p.steps.map((id) => journey.steps.findIndex((s) => s.id === id) + 1).join(' → ')}</td>
                  <td className="num">{format.number(p.cases)}</td>
                  <td className="num">
                    {p.medianExtraMs !== null && p.medianExtraMs > 0 ? '+' : ''}
                    {waitText(t, format, p.medianExtraMs)}
                  </td>
                  <td>
                    {[
                      p.skippedSteps.length
                        ? t('actual.conf.skipped', { steps: p.skippedSteps.map(label).join(', ') })
                        : '',
                      p.repeatedSteps.length
                        ? t('actual.conf.repeated', { steps: p.repeatedSteps.map(label).join(', ') })
                        : '',
                    ]
                      .filter(Boolean)
                      .join('; ')}
                  </td>
                  <td>
                    <button type="button" className="button" onClick={() => onOpen(p)}>
                      {t('actual.conf.open')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PagedControls paged={patterns} label={t('actual.conf.patterns')} />
    </section>
  );
}
