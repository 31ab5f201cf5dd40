import { Link } from 'wouter';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ErrorMessage, Loading } from '../ui/Status.tsx';
import { queryString } from './api.ts';
import { ComparisonSection } from './ComparisonSection.tsx';
import { Controls } from './Controls.tsx';
import { DistributionSection } from './DistributionSection.tsx';
import { FilterBar } from './FilterBar.tsx';
import { FreeTextSection } from './FreeTextSection.tsx';
import { IndicatorTable } from './IndicatorTable.tsx';
import { LanguageCountsSection } from './LanguageCountsSection.tsx';
import { IndexSummary, MethodNote } from './Summary.tsx';
import { TrendSection } from './TrendSection.tsx';
import { useDashboardData } from './useDashboardData.ts';
import { useDashboardParams } from './useDashboardParams.ts';
import './dashboard.css';

/** The experience dashboard: scope filters, indicators, distributions, trend, comparison, comments. */
export function DashboardPage() {
  const { t } = useI18n();
  const [params, update] = useDashboardParams();
  const { f, filters, options, overview, trend, comparison } = useDashboardData(params);
  if (options.error) return <ErrorMessage error={options.error} onRetry={options.reload} />;
  if (!options.data) return <Loading label={t('dashboard.loadingOptions')} />;
  const minN = options.data.minGroupSize;
  const extra = { interval: params.interval, item: params.item, level: params.level };
  return (
    <>
      <PageHeader title={t('dashboard.title')} intro={t('dashboard.intro')}>
        <p className="page-meta no-print">
          <Link to={`/dashboard/report?${queryString(filters, extra)}`}>{t('dashboard.report.open')}</Link>
        </p>
      </PageHeader>
      <FilterBar options={options.data} filters={filters} onChange={update} />

      <section className="section" aria-labelledby="dash-overview">
        <h2 id="dash-overview">{t('dashboard.overview')}</h2>
        {overview.error ? (
          <ErrorMessage error={overview.error} onRetry={overview.reload} />
        ) : !overview.data ? (
          <Loading />
        ) : (
          <div aria-busy={overview.loading}>
            <IndexSummary overview={overview.data} f={f} />
            <IndicatorTable indicators={overview.data.indicators} f={f} minN={minN} />
            <DistributionSection indicators={overview.data.indicators} f={f} />
          </div>
        )}
      </section>

      <section className="section" aria-labelledby="dash-languages">
        <h2 id="dash-languages">{t('dashboard.languages')}</h2>
        <LanguageCountsSection filters={filters} minN={minN} />
      </section>

      <section className="section" aria-labelledby="dash-trend">
        <h2 id="dash-trend">{t('dashboard.trend')}</h2>
        <Controls params={params} onChange={update} show="trend" />
        {trend.error ? <ErrorMessage error={trend.error} onRetry={trend.reload} /> : null}
        {trend.data?.series.map((s) => (
          <TrendSection
            key={`${s.itemId}|${s.scaleId}`}
            series={s}
            interval={params.interval}
            f={f}
            minN={minN}
          />
        )) ?? <Loading />}
      </section>

      <section className="section" aria-labelledby="dash-comparison">
        <h2 id="dash-comparison">{t('dashboard.comparison')}</h2>
        <Controls params={params} onChange={update} show="comparison" />
        <p className="note">{t('dashboard.comparison.note')}</p>
        {comparison.error ? <ErrorMessage error={comparison.error} onRetry={comparison.reload} /> : null}
        {comparison.data?.series.map((s) => (
          <ComparisonSection key={`${s.itemId}|${s.scaleId}`} series={s} f={f} minN={minN} />
        )) ?? <Loading />}
      </section>

      <section className="section" aria-labelledby="dash-free-text">
        <h2 id="dash-free-text">{t('dashboard.freeText')}</h2>
        <FreeTextSection filters={filters} minimum={options.data.freeTextMinimum} />
      </section>

      <section className="section no-print" aria-labelledby="dash-export">
        <h2 id="dash-export">{t('dashboard.export')}</h2>
        <p className="note">{t('dashboard.export.note')}</p>
        <p className="note">{t('dashboard.export.csvNote')}</p>
        <p className="dash-actions">
          <a
            className="btn btn-secondary"
            href={`/api/v1/dashboard/export?${queryString(filters, { ...extra, format: 'csv' })}`}
            download
          >
            {t('dashboard.export.csv')}
          </a>
          <a
            className="btn btn-secondary"
            href={`/api/v1/dashboard/export?${queryString(filters, { ...extra, format: 'csv', dialect: 'machine' })}`}
            download
          >
            {t('dashboard.export.csvMachine')}
          </a>
          <a
            className="btn btn-secondary"
            href={`/api/v1/dashboard/export?${queryString(filters, { ...extra, format: 'xlsx' })}`}
            download
          >
            {t('dashboard.export.xlsx')}
          </a>
        </p>
      </section>
      <MethodNote minN={minN} overview={overview.data} />
    </>
  );
}
