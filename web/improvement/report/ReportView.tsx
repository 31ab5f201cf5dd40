import { ROLE_LABELS } from '../../../shared/evaluation/categories.ts';
import type { ReportData } from '../../../shared/evaluation/report.ts';
import { headlineSentence, reportText } from '../../../shared/evaluation/report-text.ts';
import { CriteriaSection } from './CriteriaSection.tsx';
import { ReportChart } from './ReportChart.tsx';
import { groupLabels, ItemTable, RateTable } from './ReportTables.tsx';

function Text({ value, none }: { value: string; none: string }) {
  const parts = value.split(/\n\s*\n/).filter((p) => p.trim());
  if (parts.length === 0) return <p>{none}</p>;
  return parts.map((p) => <p key={p.slice(0, 40)}>{p}</p>);
}

/**
 * The evaluation report in the spirit of "Evaluering af Varm Velkomst": conclusion, background, what was
 * tried, method, results with chart and tables, quotes beside the numbers, recommendations. Its text
 * follows the report's language (`lang` is set so screen readers pronounce it right).
 */
export function ReportView({ r }: { r: ReportData }) {
  const t = (k: Parameters<typeof reportText>[1], p?: Record<string, string | number>) =>
    reportText(r.locale, k, p);
  const labels = groupLabels(r);
  const i = r.initiative;
  const none = t('none');
  const period = (p: { start: string; end: string } | null) => (p ? `${p.start} – ${p.end}` : '–');
  const method =
    i.design === 'comparison'
      ? t('methodComparison', { test: period(i.test) })
      : t('methodBeforeAfter', { baseline: period(i.baseline), test: period(i.test) });
  const list = (items: string[]) =>
    items.length ? (
      <ul>
        {items.map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
    ) : (
      <p>{none}</p>
    );
  return (
    <article className="improvement-report" lang={r.locale}>
      <h1 id="page-title" tabIndex={-1}>
        {t('reportTitle', { title: i.title })}
      </h1>
      <p className="muted">
        {t('generated', { date: r.generatedAt.slice(0, 10), municipality: r.municipality })}
      </p>
      <section aria-labelledby="r-conclusion">
        <h2 id="r-conclusion">{t('conclusion')}</h2>
        <p className="improvement-lead" data-testid="report-headline">
          {headlineSentence(r.locale, r.headline)}
        </p>
        <CriteriaSection r={r} />
      </section>
      <section aria-labelledby="r-background">
        <h2 id="r-background">{t('background')}</h2>
        <Text value={i.background} none={none} />
        <h3>{t('problems')}</h3>
        {list(i.problems)}
      </section>
      <section aria-labelledby="r-tried">
        <h2 id="r-tried">{t('tried')}</h2>
        <Text value={i.description} none={none} />
        <h3>{t('ideas')}</h3>
        {list(i.ideas)}
        <p>
          <strong>{t('units')}:</strong> {i.units.join(', ') || '–'}
          {i.comparisonUnits.length > 0 && (
            <>
              <br />
              <strong>{t('comparisonUnits')}:</strong> {i.comparisonUnits.join(', ')}
            </>
          )}
          <br />
          <strong>{t('owner')}:</strong> {i.owner || '–'}
        </p>
      </section>
      <section aria-labelledby="r-method">
        <h2 id="r-method">{t('method')}</h2>
        <p>{method}</p>
        <p>{t('methodStats', { minN: r.minN })}</p>
        <h3>{t('successCriteria')}</h3>
        <Text value={i.successCriteria} none={none} />
      </section>
      <section aria-labelledby="r-results">
        <h2 id="r-results">{t('results')}</h2>
        <figure>
          <figcaption>{t('chartTitle')}</figcaption>
          <ReportChart items={r.items} locale={r.locale} labels={labels} />
        </figure>
        <ItemTable r={r} labels={labels} />
        <RateTable r={r} labels={labels} />
        {r.counts.length > 0 && (
          <>
            <h3>{t('counts')}</h3>
            <ul>
              {r.counts.map((c) => (
                <li
                  key={c.label}
                >{`${c.label}: ${labels.before} ${c.before ?? '–'}, ${labels.after} ${c.after ?? '–'}`}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="r-quotes">
        <h2 id="r-quotes">{t('quotes')}</h2>
        {r.quotes.length === 0 && <p>{none}</p>}
        {r.quotes.map((q) => (
          <blockquote key={`${q.group}:${q.body}`}>
            <p>»{q.body}«</p>
            <footer>
              {[
                q.role in ROLE_LABELS ? ROLE_LABELS[q.role as keyof typeof ROLE_LABELS][r.locale] : q.role,
                q.profession,
              ]
                .filter(Boolean)
                .join(', ')}{' '}
              · {labels[q.group]}
            </footer>
          </blockquote>
        ))}
      </section>
      <section aria-labelledby="r-recommendations">
        <h2 id="r-recommendations">{t('recommendations')}</h2>
        <Text value={i.recommendations} none={none} />
      </section>
    </article>
  );
}
