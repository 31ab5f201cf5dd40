import { judgeCriteria } from '../../../shared/evaluation/criteria.ts';
import {
  criteriaSummary,
  criterionLines,
  reportSeasonSentences,
} from '../../../shared/evaluation/criteria-text.ts';
import type { ReportData } from '../../../shared/evaluation/report.ts';
import { reportText } from '../../../shared/evaluation/report-text.ts';

/**
 * Each success criterion fixed before the test with its status (met / not met / cannot be judged) and,
 * when it cannot be judged, why; then the seasonal note when the periods fall in different seasons.
 */
export function CriteriaSection({ r }: { r: ReportData }) {
  const all = judgeCriteria(r);
  const seasons = reportSeasonSentences(r);
  const t = (k: Parameters<typeof reportText>[1]) => reportText(r.locale, k);
  return (
    <>
      {all.length > 0 && (
        <>
          <h3>{t('criteriaTitle')}</h3>
          <p data-testid="criteria-summary">{criteriaSummary(r.locale, all)}</p>
          <table data-testid="criteria">
            <caption className="visually-hidden">{t('criteriaIntro')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('criterion')}</th>
                <th scope="col">{t('verdict')}</th>
              </tr>
            </thead>
            <tbody>
              {all.map((c) => {
                const l = criterionLines(r.locale, c, r.minN);
                return (
                  <tr key={`${c.kind}:${l.criterion}`} data-status={c.status}>
                    <th scope="row">{l.criterion}</th>
                    <td>{l.reason ? `${l.status}: ${l.reason}` : l.status}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {seasons.length > 0 && (
        <aside data-testid="season-note" aria-label={t('seasonTitle')}>
          <h3>{t('seasonTitle')}</h3>
          {seasons.map((s) => (
            <p key={s}>{s}</p>
          ))}
        </aside>
      )}
    </>
  );
}
