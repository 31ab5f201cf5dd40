import { ROLE_LABELS } from '../../../shared/evaluation/categories.ts';
import { type Group, groupKeys, type ReportData } from '../../../shared/evaluation/report.ts';
import {
  formatNumber,
  headlineSentence,
  reportText,
  verdictSentence,
} from '../../../shared/evaluation/report-text.ts';
import { escapeHtml as e, paragraphs } from './escape.ts';
import { meanChartSvg } from './report-chart.ts';
import { criteriaHtml } from './report-criteria.ts';

const STYLE = `body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.5}
h1{font-size:1.8rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{border:1px solid #bbb;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f1f3f5}
.lead{font-size:1.15rem;font-weight:600;background:#eef4fb;padding:.75rem 1rem;border-left:4px solid #1f5fa8}
blockquote{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid #8a9099;background:#f7f7f7}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,blockquote,svg{break-inside:avoid}}`;

type T = Parameters<typeof reportText>[1];

function list(items: string[], none: string): string {
  return items.length ? `<ul>${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>` : `<p>${e(none)}</p>`;
}

function itemTable(
  r: ReportData,
  t: (k: T, p?: Record<string, string | number>) => string,
  labels: Record<Group, string>,
) {
  const num = (v: number | null | undefined) =>
    v === null || v === undefined ? '–' : formatNumber(r.locale, v);
  const rows = r.items.map((i) => {
    const mean = (g: Group) =>
      i[g] ? `${num(i[g]?.mean)} (n = ${i[g]?.n})` : e(t('suppressed', { minimum: r.minGroupSize }));
    const diff = i.diff === null ? '–' : `${num(i.diff)} (${num(i.ci?.lower)} – ${num(i.ci?.upper)})`;
    return `<tr><th scope="row">${e(i.label)}</th><td>${mean('before')}</td><td>${mean('after')}</td><td>${diff}</td><td>${num(i.rankBiserial)}</td><td>${e(verdictSentence(r.locale, i.verdict))}</td></tr>`;
  });
  return `<table><caption>${e(t('results'))}</caption><thead><tr><th scope="col">${e(t('item'))}</th><th scope="col">${e(labels.before)}</th><th scope="col">${e(labels.after)}</th><th scope="col">${e(t('diff'))}</th><th scope="col">${e(t('effect'))}</th><th scope="col">${e(t('verdict'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function rateTable(r: ReportData, t: (k: T) => string, labels: Record<Group, string>) {
  if (r.rates.length === 0) return '';
  const num = (v: number | null) => (v === null ? '–' : formatNumber(r.locale, v));
  const rows = r.rates.map(
    (x) =>
      `<tr><th scope="row">${e(x.label)}</th><td>${x.countBefore} / ${num(x.rateBefore)}</td><td>${x.countAfter} / ${num(x.rateAfter)}</td><td>${x.ratio === null ? '–' : `${num(x.ratio)} (${num(x.ci?.lower ?? null)} – ${num(x.ci?.upper ?? null)})`}</td></tr>`,
  );
  return `<h3>${e(t('observations'))}</h3><p>${e(t('hours'))}: ${e(labels.before)} ${num(r.hours.before)}, ${e(labels.after)} ${num(r.hours.after)}</p><table><thead><tr><th scope="col">${e(t('category'))}</th><th scope="col">${e(labels.before)} (${e(t('perHour'))})</th><th scope="col">${e(labels.after)} (${e(t('perHour'))})</th><th scope="col">${e(t('ratio'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function countTable(r: ReportData, t: (k: T) => string, labels: Record<Group, string>) {
  if (r.counts.length === 0) return '';
  const rows = r.counts.map(
    (c) => `<tr><th scope="row">${e(c.label)}</th><td>${c.before ?? '–'}</td><td>${c.after ?? '–'}</td></tr>`,
  );
  return `<h3>${e(t('counts'))}</h3><table><thead><tr><th scope="col">${e(t('category'))}</th><th scope="col">${e(labels.before)}</th><th scope="col">${e(labels.after)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function quotes(r: ReportData, t: (k: T) => string, labels: Record<Group, string>) {
  if (r.quotes.length === 0) return `<p>${e(t('none'))}</p>`;
  return r.quotes
    .map((q) => {
      const role = q.role in ROLE_LABELS ? ROLE_LABELS[q.role as keyof typeof ROLE_LABELS][r.locale] : q.role;
      const who = [role, q.profession].filter(Boolean).join(', ');
      return `<blockquote><p>»${e(q.body)}«</p><footer>${e(who)} · ${e(labels[q.group])}</footer></blockquote>`;
    })
    .join('');
}

/** The whole evaluation report as one self-contained HTML document (print, download, public link). */
export function renderReportHtml(r: ReportData): string {
  const t = (k: T, p: Record<string, string | number> = {}) => reportText(r.locale, k, p);
  const keys = groupKeys(r.initiative.design);
  const labels: Record<Group, string> = { before: t(keys.before), after: t(keys.after) };
  const i = r.initiative;
  const period = (p: { start: string; end: string } | null) => (p ? `${p.start} – ${p.end}` : '–');
  const method =
    i.design === 'comparison'
      ? t('methodComparison', { test: period(i.test) })
      : t('methodBeforeAfter', { baseline: period(i.baseline), test: period(i.test) });
  return `<!doctype html><html lang="${r.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${e(t('reportTitle', { title: i.title }))}</title><style>${STYLE}</style></head><body><main>
<h1>${e(t('reportTitle', { title: i.title }))}</h1>
<p>${e(t('generated', { date: r.generatedAt.slice(0, 10), municipality: r.municipality }))}</p>
<h2>${e(t('conclusion'))}</h2><p class="lead">${e(headlineSentence(r.locale, r.headline))}</p>${criteriaHtml(r)}
<h2>${e(t('background'))}</h2>${paragraphs(i.background) || `<p>${e(t('none'))}</p>`}
<h3>${e(t('problems'))}</h3>${list(i.problems, t('none'))}
<h2>${e(t('tried'))}</h2>${paragraphs(i.description)}
<h3>${e(t('ideas'))}</h3>${list(i.ideas, t('none'))}
<p><strong>${e(t('units'))}:</strong> ${e(i.units.join(', ') || '–')}${i.comparisonUnits.length ? `<br><strong>${e(t('comparisonUnits'))}:</strong> ${e(i.comparisonUnits.join(', '))}` : ''}<br><strong>${e(t('owner'))}:</strong> ${e(i.owner || '–')}</p>
<h2>${e(t('method'))}</h2><p>${e(method)}</p><p>${e(t('methodStats', { minN: r.minN }))}</p>
<h3>${e(t('successCriteria'))}</h3>${paragraphs(i.successCriteria) || `<p>${e(t('none'))}</p>`}
<h2>${e(t('results'))}</h2><figure><figcaption>${e(t('chartTitle'))}</figcaption>${meanChartSvg(r.items, r.locale, labels)}</figure>
${r.items.length ? itemTable(r, t, labels) : ''}${rateTable(r, t, labels)}${countTable(r, t, labels)}
<h2>${e(t('quotes'))}</h2>${quotes(r, t, labels)}
<h2>${e(t('recommendations'))}</h2>${paragraphs(i.recommendations) || `<p>${e(t('none'))}</p>`}
</main></body></html>`;
}
