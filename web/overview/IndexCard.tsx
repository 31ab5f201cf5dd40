import { Link } from 'wouter';
import { dashboardFormat } from '../dashboard/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { intlLocale } from '../i18n/translate.ts';
import type { StartPage } from './api.ts';

const W = 240;
const H = 48;

/** A small line of the shown monthly points; the table below it carries the same figures for everyone. */
function Sparkline({ points, max }: { points: StartPage['index']['trend']; max: number }) {
  const shown = points
    .map((p, i) => ({ i, mean: p.figure.status === 'shown' ? p.figure.mean : null }))
    .filter((p): p is { i: number; mean: number } => p.mean !== null);
  if (shown.length < 2) return null;
  const x = (i: number) => (points.length > 1 ? (i / (points.length - 1)) * (W - 8) + 4 : W / 2);
  const y = (v: number) => H - 4 - ((v - 1) / (max - 1)) * (H - 8);
  // Path coordinates (not shown to people), rounded to a tenth.
  const r1 = (v: number) => Math.round(v * 10) / 10;
  const d = shown.map((p) => `${r1(x(p.i))},${r1(y(p.mean))}`).join(' ');
  return (
    <svg className="sparkline" viewBox={`0 0 ${W} ${H}`} width={W} height={H} aria-hidden="true">
      <polyline points={d} fill="none" stroke="currentColor" strokeWidth="2" />
      {shown.map((p) => (
        <circle key={p.i} cx={x(p.i)} cy={y(p.mean)} r="3" fill="currentColor" />
      ))}
    </svg>
  );
}

/** The municipality's index: value, interval, respondents, the latest change and the monthly trend. */
export function IndexCard({ data }: { data: StartPage }) {
  const { t, locale } = useI18n();
  const f = dashboardFormat(locale);
  const { figure, trend, change, scaleMax } = data.index;
  const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${f.mean(Math.abs(v))}`;
  const month = new Intl.DateTimeFormat(intlLocale(locale), { month: 'short', year: 'numeric' });
  return (
    <section aria-labelledby="start-index" className="section start-card start-index">
      <h2 id="start-index">{t('start.index.title')}</h2>
      {figure.status === 'shown' ? (
        <>
          <p className="start-big">{t('start.index.value', { mean: f.mean(figure.mean), max: scaleMax })}</p>
          <p>
            {t('start.index.ci', { ci: f.ci(figure.ci) })}
            {data.respondents.n !== null &&
              ` · ${t('start.index.respondents', { count: data.respondents.n })}`}
          </p>
          <p>
            {change === null
              ? t('start.index.noChange')
              : t('start.index.change', { change: signed(change) })}
          </p>
          <Sparkline points={trend} max={scaleMax} />
          <details>
            <summary>{t('start.index.trend')}</summary>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('start.index.month')}</th>
                  <th scope="col">{t('start.index.mean')}</th>
                </tr>
              </thead>
              <tbody>
                {trend.map((p) => (
                  <tr key={p.start}>
                    <th scope="row">
                      {month.format(new Date(`${p.start}T12:00:00Z`))} {p.partial && t('start.index.partial')}
                    </th>
                    <td>{p.figure.status === 'shown' ? f.mean(p.figure.mean) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      ) : (
        <p>{t('start.index.hidden', { min: data.scope.minGroupSize })}</p>
      )}
      <p>
        <Link to="/dashboard">{t('start.index.more')}</Link>
      </p>
    </section>
  );
}
