import { Link } from 'wouter';
import { dashboardFormat } from '../dashboard/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { StartPage, StartUnit } from './api.ts';

/** A link to the dashboard scoped to one unit. */
const unitLink = (id: string) => `/dashboard?unitId=${encodeURIComponent(id)}`;

function UnitList({ units, label }: { units: StartUnit[]; label: string }) {
  const { t, locale } = useI18n();
  const f = dashboardFormat(locale);
  return (
    <div>
      <h3>{label}</h3>
      <ol className="start-list">
        {units.map((u) => (
          <li key={u.unitId}>
            <Link to={unitLink(u.unitId)}>{u.name}</Link> {f.mean(u.figure.mean)}{' '}
            <span className="muted">
              ({f.ci(u.figure.ci)}, n = {f.count(u.figure.n)}) ·{' '}
              {u.marker === 'higher'
                ? t('start.units.higher')
                : u.marker === 'lower'
                  ? t('start.units.lower')
                  : t('start.units.uncertain')}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Best and worst units by the index, with their intervals and whether they differ with certainty. */
export function UnitsCard({ data }: { data: StartPage }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="start-units" className="section start-card">
      <h2 id="start-units">{t('start.units.title')}</h2>
      {data.best.length === 0 ? (
        <p>{t('start.units.none')}</p>
      ) : (
        <>
          <div className="start-columns">
            <UnitList units={data.best} label={t('start.units.best')} />
            <UnitList units={data.worst} label={t('start.units.worst')} />
          </div>
          <p className="note">{t('start.units.note')}</p>
        </>
      )}
    </section>
  );
}

/** Open smiley alerts, running initiatives and journeys with most hotspots, each linking onward. */
export function ActivityCards({ data }: { data: StartPage }) {
  const { t, format } = useI18n();
  return (
    <>
      <section aria-labelledby="start-alerts" className="section start-card">
        <h2 id="start-alerts">{t('start.alerts.title')}</h2>
        {data.alerts.length === 0 ? (
          <p>{t('start.alerts.none')}</p>
        ) : (
          <ul className="start-list">
            {data.alerts.map((a) => (
              <li key={a.unitId}>
                <Link to={a.surveyId ? `/surveys/${a.surveyId}` : unitLink(a.unitId)}>{a.unitName}</Link>{' '}
                <span className={a.firingNow ? 'badge badge-warn' : 'muted'}>
                  {a.firingNow ? t('start.alerts.now') : t('start.alerts.lastDay')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="start-initiatives" className="section start-card">
        <h2 id="start-initiatives">{t('start.initiatives.title')}</h2>
        {data.initiatives.length === 0 ? (
          <p>{t('start.initiatives.none')}</p>
        ) : (
          <ul className="start-list">
            {data.initiatives.map((i) => (
              <li key={i.id}>
                <Link to={`/improvement/initiatives/${i.id}/report`}>{i.title}</Link>{' '}
                <span className="muted">
                  {t('start.initiatives.evaluation', { date: format.date(i.nextEvaluation) })}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/improvement/initiatives">{t('start.initiatives.more')}</Link>
        </p>
      </section>
      <section aria-labelledby="start-journeys" className="section start-card">
        <h2 id="start-journeys">{t('start.journeys.title')}</h2>
        {data.journeys.length === 0 ? (
          <p>{t('start.journeys.none')}</p>
        ) : (
          <ul className="start-list">
            {data.journeys.map((j) => (
              <li key={j.id}>
                <Link to={`/journeys/${j.id}`}>{j.title}</Link>{' '}
                <span className="muted">{t('start.journeys.hotspots', { count: j.hotspots })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
