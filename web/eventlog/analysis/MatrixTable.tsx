import { useMemo, useState } from 'react';
import type { HandoverPair } from '../../../shared/eventlog/index.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { PagedControls, usePaged } from '../../ui/Paged.tsx';
import type { HandoverReport } from '../types.ts';

type SortKey = 'from' | 'to' | 'count' | 'medianWaitMs' | 'p90WaitMs';
const COLUMNS: SortKey[] = ['from', 'to', 'count', 'medianWaitMs', 'p90WaitMs'];

/**
 * The handover matrix as a sortable table of actor pairs (from → to): count, relative value,
 * median and p90 wait. Self-handovers can be shown too; they always count in the divisor.
 */
export function MatrixTable({ report }: { report: HandoverReport }) {
  const { t, format } = useI18n();
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'count', desc: true });
  const [withSelf, setWithSelf] = useState(false);
  const units = { min: t('eventlog.unit.min'), h: t('eventlog.unit.h'), d: t('eventlog.unit.d') };
  const rows = useMemo(() => {
    const list = withSelf ? [...report.handovers, ...report.selfHandovers] : [...report.handovers];
    return list.sort((a, b) => compare(a, b, sort.key) * (sort.desc ? -1 : 1));
  }, [report, withSelf, sort]);
  const paged = usePaged(rows);
  const toggle = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, desc: !s.desc } : { key, desc: key !== 'from' && key !== 'to' }));
  const aria = (key: SortKey) => (sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none');
  return (
    <section className="section" aria-labelledby="eventlog-matrix-title">
      <h3 id="eventlog-matrix-title">{t('eventlog.matrix.title')}</h3>
      <p>
        {t('eventlog.matrix.totals', {
          pairs: format.number(report.summary.directlyFollowingPairs),
          handovers: format.number(report.summary.handovers),
          self: format.number(report.summary.selfHandovers),
        })}
      </p>
      <label className="eventlog-inline">
        <input type="checkbox" checked={withSelf} onChange={(e) => setWithSelf(e.target.checked)} />{' '}
        {t('eventlog.matrix.withSelf')}
      </label>
      <div className="table-wrap">
        <table className="table" id="eventlog-matrix">
          <caption className="visually-hidden">{t('eventlog.matrix.title')}</caption>
          <thead>
            <tr>
              {COLUMNS.map((key) => (
                <th
                  key={key}
                  scope="col"
                  aria-sort={aria(key)}
                  className={key === 'from' || key === 'to' ? undefined : 'num'}
                >
                  <button type="button" className="btn btn-link" onClick={() => toggle(key)}>
                    {t(`eventlog.matrix.col.${key}`)}
                  </button>
                </th>
              ))}
              <th scope="col" className="num">
                {t('eventlog.matrix.col.relative')}
              </th>
            </tr>
          </thead>
          <tbody>
            {paged.rows.map((p) => (
              <tr key={`${p.from}\u001f${p.to}`}>
                <td>{p.from || t('eventlog.noActor')}</td>
                <td>{p.to || t('eventlog.noActor')}</td>
                <td className="num">{format.number(p.count)}</td>
                <td className="num">{format.duration(p.medianWaitMs, units)}</td>
                <td className="num">{format.duration(p.p90WaitMs, units)}</td>
                <td className="num">{format.percent(p.relative, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PagedControls paged={paged} label={t('eventlog.matrix.title')} />
    </section>
  );
}

function compare(a: HandoverPair, b: HandoverPair, key: SortKey): number {
  if (key === 'from' || key === 'to') return a[key].localeCompare(b[key]);
  return (a[key] ?? -1) - (b[key] ?? -1);
}
