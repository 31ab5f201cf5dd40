import { judgeCriteria } from '../../../shared/evaluation/criteria.ts';
import {
  criteriaSummary,
  criterionLines,
  reportSeasonSentences,
} from '../../../shared/evaluation/criteria-text.ts';
import type { ReportData } from '../../../shared/evaluation/report.ts';
import { reportText } from '../../../shared/evaluation/report-text.ts';
import { escapeHtml as e } from './escape.ts';

/** The criterion-by-criterion verdict and the seasonal note for the HTML report (same as the web page). */
export function criteriaHtml(r: ReportData): string {
  const t = (k: Parameters<typeof reportText>[1]) => reportText(r.locale, k);
  const all = judgeCriteria(r);
  const rows = all.map((c) => {
    const l = criterionLines(r.locale, c, r.minN);
    return `<tr><th scope="row">${e(l.criterion)}</th><td>${e(l.reason ? `${l.status}: ${l.reason}` : l.status)}</td></tr>`;
  });
  const table = all.length
    ? `<h3>${e(t('criteriaTitle'))}</h3><p>${e(criteriaSummary(r.locale, all))}</p><table><thead><tr><th scope="col">${e(t('criterion'))}</th><th scope="col">${e(t('verdict'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : '';
  const seasons = reportSeasonSentences(r);
  const note = seasons.length
    ? `<h3>${e(t('seasonTitle'))}</h3>${seasons.map((s) => `<p>${e(s)}</p>`).join('')}`
    : '';
  return table + note;
}
