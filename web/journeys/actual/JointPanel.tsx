import type { JointResponse } from '../../../shared/api/conformance.ts';
import type { Journey } from '../../../shared/journey/index.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { percent, stepLabel, waitText } from './format.ts';

/**
 * Experience and waiting time on the same touchpoints: scores (suppressed as on the dashboard), the
 * wait before each step (median, P90) over the same period with a monthly trend, the joint ranking
 * with its rule, and the alerts.
 */
export function JointPanel({ data, journey }: { data: JointResponse; journey: Journey }) {
  const { t, format } = useI18n();
  const firing = data.steps.filter((s) => s.alert.firing);
  const experience = (s: JointResponse['steps'][number]) =>
    !s.hasSurvey
      ? t('actual.joint.noSurvey')
      : s.suppressed
        ? t('actual.joint.suppressed')
        : s.score === null
          ? '–'
          : format.number(s.score, 1);
  return (
    <section className="section" aria-labelledby="actual-joint-title" data-testid="joint-view">
      <h2 id="actual-joint-title">{t('actual.joint.title')}</h2>
      {data.period && (
        <p className="muted">
          {t('actual.joint.period', {
            from: format.date(data.period.from),
            to: format.date(data.period.to),
            min: data.minGroupSize,
          })}
        </p>
      )}
      <div role="status" className={firing.length ? 'actual-alert' : 'muted'} data-testid="joint-alerts">
        {firing.length === 0 ? (
          t('actual.joint.noAlerts')
        ) : (
          <>
            <strong>{t('actual.joint.alert')}</strong>
            <ul>
              {firing.map((s) => (
                <li key={s.stepId}>
                  {stepLabel(journey, s.stepId)}:{' '}
                  {t('actual.joint.alertFacts', {
                    before: percent(format, s.alert.previousShare),
                    after: percent(format, s.alert.currentShare),
                    waitBefore: waitText(t, format, s.alert.previousWaitMs),
                    waitAfter: waitText(t, format, s.alert.currentWaitMs),
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <p className="muted">{t('actual.joint.alertRule')}</p>
      <div className="table-wrap">
        <table className="table" data-testid="joint-steps">
          <thead>
            <tr>
              <th scope="col">{t('actual.conf.colStep')}</th>
              <th scope="col" className="num">
                {t('actual.joint.colScore')}
              </th>
              <th scope="col" className="num">
                {t('actual.joint.colPositive')}
              </th>
              <th scope="col" className="num">
                {t('actual.joint.colResponses')}
              </th>
              <th scope="col" className="num">
                {t('actual.conf.colWaitMedian')}
              </th>
              <th scope="col" className="num">
                {t('actual.conf.colWaitP90')}
              </th>
              <th scope="col">{t('actual.joint.colTrend')}</th>
            </tr>
          </thead>
          <tbody>
            {data.steps.map((s) => (
              <tr key={s.stepId} className={s.alert.firing ? 'actual-alert-row' : ''}>
                <th scope="row">{stepLabel(journey, s.stepId)}</th>
                <td className="num">{experience(s)}</td>
                <td className="num">{percent(format, s.positiveShare)}</td>
                <td className="num">{s.suppressed ? '–' : format.number(s.responses)}</td>
                <td className="num">{waitText(t, format, s.wait.medianMs)}</td>
                <td className="num">{waitText(t, format, s.wait.p90Ms)}</td>
                <td>
                  {s.trend
                    .map(
                      (m) =>
                        `${m.month}: ${m.suppressed ? '–' : percent(format, m.positiveShare)} · ${waitText(t, format, m.medianWaitMs)}`,
                    )
                    .join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('actual.joint.ranking')}</h3>
      <p className="muted">{t('actual.joint.rankingRule')}</p>
      <ol data-testid="joint-ranking">
        {data.ranking.map((r) => (
          <li key={r.stepId}>
            {stepLabel(journey, r.stepId)} — {format.fixed(r.score, 2)}
            {r.both && ` (${t('actual.joint.both')})`}
          </li>
        ))}
      </ol>
    </section>
  );
}
