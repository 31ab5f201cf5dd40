import { type Group, groupKeys } from '../../../shared/evaluation/groups.ts';
import type { ReportData } from '../../../shared/evaluation/report.ts';
import { formatNumber, reportText, verdictSentence } from '../../../shared/evaluation/report-text.ts';

type Labels = Record<Group, string>;

/** Labels of the two groups in the report's language: before/after or comparison/test. */
export function groupLabels(r: ReportData): Labels {
  const keys = groupKeys(r.initiative.design);
  return { before: reportText(r.locale, keys.before), after: reportText(r.locale, keys.after) };
}

/** Item means, difference with interval, effect size and the verdict that never overstates. */
export function ItemTable({ r, labels }: { r: ReportData; labels: Labels }) {
  const t = (k: Parameters<typeof reportText>[1], p?: Record<string, string | number>) =>
    reportText(r.locale, k, p);
  const num = (v: number | null | undefined) =>
    v === null || v === undefined ? '–' : formatNumber(r.locale, v);
  if (r.items.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('item')}</th>
            <th scope="col">{labels.before}</th>
            <th scope="col">{labels.after}</th>
            <th scope="col">{t('diff')}</th>
            <th scope="col">{t('effect')}</th>
            <th scope="col">{t('verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {r.items.map((i) => (
            <tr key={i.itemId}>
              <th scope="row">{i.label}</th>
              {(['before', 'after'] as const).map((g) => (
                <td key={g}>
                  {i[g]
                    ? `${num(i[g]?.mean)} (n = ${i[g]?.n})`
                    : t('suppressed', { minimum: r.minGroupSize })}
                </td>
              ))}
              <td>{i.diff === null ? '–' : `${num(i.diff)} (${num(i.ci?.lower)} – ${num(i.ci?.upper)})`}</td>
              <td>{num(i.rankBiserial)}</td>
              <td>{verdictSentence(r.locale, i.verdict)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Observations per hour observed in each group, with the rate ratio and its interval. */
export function RateTable({ r, labels }: { r: ReportData; labels: Labels }) {
  const t = (k: Parameters<typeof reportText>[1]) => reportText(r.locale, k);
  const num = (v: number | null | undefined) =>
    v === null || v === undefined ? '–' : formatNumber(r.locale, v);
  if (r.rates.length === 0) return null;
  return (
    <>
      <h3>{t('observations')}</h3>
      <p>
        {t('hours')}: {labels.before} {num(r.hours.before)}, {labels.after} {num(r.hours.after)}
      </p>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('category')}</th>
              <th scope="col">{`${labels.before} (${t('perHour')})`}</th>
              <th scope="col">{`${labels.after} (${t('perHour')})`}</th>
              <th scope="col">{t('ratio')}</th>
            </tr>
          </thead>
          <tbody>
            {r.rates.map((x) => (
              <tr key={x.category}>
                <th scope="row">{x.label}</th>
                <td>{`${x.countBefore} / ${num(x.rateBefore)}`}</td>
                <td>{`${x.countAfter} / ${num(x.rateAfter)}`}</td>
                <td>
                  {x.ratio === null ? '–' : `${num(x.ratio)} (${num(x.ci?.lower)} – ${num(x.ci?.upper)})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
