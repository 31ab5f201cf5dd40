import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'wouter';
import { unitsApi } from '../api/endpoints.ts';
import { tx } from '../complaints/labels.ts';
import { useI18n, useTranslatorFor } from '../i18n/I18nProvider.tsx';
import { intlLocale, LOCALES, type Locale } from '../i18n/translate.ts';
import './dialog.css';
import { downloadBlob, fileStem } from '../ui/download.ts';
import { ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { programmesApi } from './api.ts';
import { GoalChart } from './GoalChart.tsx';
import { GoalsTable } from './GoalsTable.tsx';
import { reportDocument } from './report-html.ts';

/** The fewest answers (or complaints) per period before a change is called improved or worsened. */
const VERDICT_MIN_N = 20;
const LANG_KEY = { da: 'lang.da', nb: 'lang.nb', en: 'lang.en' } as const;

/**
 * The effect report: what was done, the four goals before/after with intervals and honest verdicts,
 * quotes and next steps. Its language can differ from the UI's; print it (or save as PDF) or download
 * it as a standalone HTML file.
 */
export function ReportPage() {
  const { id = '' } = useParams();
  const ui = useI18n();
  const [lang, setLang] = useState<Locale>(ui.locale);
  // The report's language may differ from the UI's; until its dictionary is loaded, the UI's stands in.
  const t = useTranslatorFor(lang) ?? ui.t;
  const tag = intlLocale(lang);
  const date = (iso: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'long' }).format(new Date(iso));
  const plan = useAsync(useCallback((signal: AbortSignal) => programmesApi.get(id, { signal }), [id]));
  const goals = useAsync(useCallback((signal: AbortSignal) => programmesApi.goals(id, { signal }), [id]));
  const units = useAsync(useCallback((signal: AbortSignal) => unitsApi.list(true, { signal }), []));
  const article = useRef<HTMLElement>(null);
  const p = plan.data;
  const title = p ? t('dialog.report.title', { name: p.name }) : t('dialog.plan.report');
  useEffect(() => {
    document.title = `${title} – ${ui.t('app.name')}`;
  }, [title, ui]);
  const unitName = (uid: string) => units.data?.find((u) => u.id === uid)?.name ?? uid;
  const list = (ids: string[]) => new Intl.ListFormat(tag, { type: 'conjunction' }).format(ids.map(unitName));
  const download = () => {
    if (article.current && p)
      downloadBlob(
        reportDocument(article.current, lang, title),
        `effektrapport-${fileStem(p.name, 'rapport')}-${lang}.html`,
        'text/html;charset=utf-8',
      );
  };
  const error = plan.error ?? goals.error ?? units.error;
  if (error !== undefined) return <ErrorMessage error={error} />;
  if (!p || !goals.data || !units.data) return <Loading />;
  const g = goals.data;
  const range = (r: { from: string; to: string }) =>
    t('dialog.programmes.period', { from: date(r.from), to: date(r.to) });
  return (
    <>
      <div className="report-actions">
        <Link to={`/programmes/${id}`}>{ui.t('dialog.report.back')}</Link>
        <label className="field-label" htmlFor="report-lang">
          {ui.t('dialog.report.language')}
        </label>
        <select
          id="report-lang"
          className="input"
          value={lang}
          onChange={(e) => setLang(e.target.value as Locale)}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {ui.t(LANG_KEY[l])}
            </option>
          ))}
        </select>
        <button type="button" className="btn btn-primary" onClick={() => window.print()}>
          {ui.t('dialog.report.print')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={download}>
          {ui.t('dialog.report.download')}
        </button>
      </div>
      <article ref={article} className="report" lang={lang} aria-labelledby="page-title">
        <h1 id="page-title" tabIndex={-1}>
          {title}
        </h1>
        <p className="muted">{range({ from: p.startsOn, to: p.endsOn })}</p>
        <h2>{t('dialog.report.what')}</h2>
        {p.purpose && <p>{p.purpose}</p>}
        <p>{t('dialog.report.unitsLine', { units: list(g.participants) })}</p>
        {g.comparison.length > 0 && <p>{t('dialog.report.comparisonLine', { units: list(g.comparison) })}</p>}
        <ul>
          {p.phases.map((ph) => (
            <li key={ph.id}>
              {date(ph.startsOn)}: {tx(t, `dialog.plan.phase.${ph.kind}`, ph.kind)}
              {ph.title ? ` – ${ph.title}` : ''}
              {ph.team ? ` (${ph.team})` : ''}
            </li>
          ))}
        </ul>
        <p>
          {t('dialog.report.plansLine', {
            total: g.actionPlans.total,
            followed: g.actionPlans.followed,
            shared: g.actionPlans.shared,
          })}
        </p>
        {(p.notes.some((n) => n.kind === 'focus_group') || p.interviews.length > 0) && (
          <>
            <h3>{t('dialog.report.focusGroups')}</h3>
            {p.notes
              .filter((n) => n.kind === 'focus_group')
              .map((n) => (
                <p key={n.id}>{n.body}</p>
              ))}
            {p.interviews.map((i) => (
              <p key={`${i.heldOn}-${i.notes}`}>{i.notes}</p>
            ))}
          </>
        )}
        <h2>{t('dialog.report.goals')}</h2>
        <p>
          {t('dialog.goals.periods', {
            before: range(g.periods.before),
            during: range(g.periods.during),
            after: range(g.periods.after),
          })}
        </p>
        <GoalsTable
          view={g}
          t={t}
          tag={tag}
          aside={(goal) => <GoalChart goal={goal} view={g} t={t} tag={tag} renderer="svg" />}
        />
        {(p.notes.some((n) => n.kind === 'quote') || p.interviews.some((i) => i.quotes.length > 0)) && (
          <>
            <h2>{t('dialog.report.quotes')}</h2>
            {p.notes
              .filter((n) => n.kind === 'quote')
              .map((n) => (
                <blockquote key={n.id}>{n.body}</blockquote>
              ))}
            {p.interviews
              .flatMap((i) => i.quotes)
              .map((q) => (
                <blockquote key={q}>{q}</blockquote>
              ))}
          </>
        )}
        <h2>{t('dialog.report.next')}</h2>
        <p>{p.nextSteps || '–'}</p>
        <h2>{t('dialog.report.method')}</h2>
        <p>{t('dialog.report.methodText', { minN: VERDICT_MIN_N, min: g.minGroupSize })}</p>
        <p className="muted">{t('dialog.report.generated', { date: date(new Date().toISOString()) })}</p>
      </article>
    </>
  );
}
