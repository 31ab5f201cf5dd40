import { Link } from 'wouter';
import { useMe } from '../app/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ErrorMessage, Loading } from '../ui/Status.tsx';
import { queryString } from './api.ts';
import { ComparisonSection } from './ComparisonSection.tsx';
import { DistributionSection } from './DistributionSection.tsx';
import { IndicatorTable } from './IndicatorTable.tsx';
import { IndexSummary, MethodNote } from './Summary.tsx';
import { TrendSection } from './TrendSection.tsx';
import { useDashboardData } from './useDashboardData.ts';
import { useDashboardParams } from './useDashboardParams.ts';
import './dashboard.css';

/**
 * The printable report of the current view: municipality, scope, period and method note, every chart
 * with its table open (a closed <details> does not print). The print stylesheet drops the app shell.
 */
export function ReportPage() {
  const { t, format } = useI18n();
  const me = useMe();
  const [params] = useDashboardParams();
  const { f, filters, options, overview, trend, comparison } = useDashboardData(params);
  if (options.error) return <ErrorMessage error={options.error} onRetry={options.reload} />;
  if (!options.data || !overview.data || !trend.data || !comparison.data) return <Loading />;
  const minN = options.data.minGroupSize;
  const scope = overview.data.scope;
  const channel = filters.channel
    ? t(`dashboard.channel.${filters.channel}`)
    : t('dashboard.filter.allChannels');
  return (
    <article className="dash-report">
      <PageHeader title={t('dashboard.report.title')}>
        <p className="dash-report-scope">
          <strong>{me.municipality.name}</strong>
          {' · '}
          {t('dashboard.scopeLine', {
            scope: scope.unitName ?? t('dashboard.filter.allUnits'),
            from: format.date(scope.from),
            to: format.date(scope.to),
          })}
          {' · '}
          {channel}
        </p>
        <p className="dash-actions no-print">
          <button type="button" className="btn btn-primary" onClick={() => window.print()}>
            {t('dashboard.report.print')}
          </button>
          <Link
            className="btn btn-secondary"
            to={`/dashboard?${queryString(filters, { interval: params.interval, item: params.item, level: params.level })}`}
          >
            {t('dashboard.report.back')}
          </Link>
        </p>
      </PageHeader>
      <section className="section" aria-labelledby="rep-overview">
        <h2 id="rep-overview">{t('dashboard.overview')}</h2>
        <IndexSummary overview={overview.data} f={f} />
        <IndicatorTable indicators={overview.data.indicators} f={f} minN={minN} />
        <DistributionSection indicators={overview.data.indicators} f={f} print />
      </section>
      <section className="section" aria-labelledby="rep-trend">
        <h2 id="rep-trend">{t('dashboard.trend')}</h2>
        {trend.data.series.map((s) => (
          <TrendSection
            key={`${s.itemId}|${s.scaleId}`}
            series={s}
            interval={params.interval}
            f={f}
            minN={minN}
            print
          />
        ))}
      </section>
      <section className="section" aria-labelledby="rep-comparison">
        <h2 id="rep-comparison">{t('dashboard.comparison')}</h2>
        <p className="note">{t('dashboard.comparison.note')}</p>
        {comparison.data.series.map((s) => (
          <ComparisonSection key={`${s.itemId}|${s.scaleId}`} series={s} f={f} minN={minN} print />
        ))}
      </section>
      <MethodNote minN={minN} overview={overview.data} />
    </article>
  );
}
