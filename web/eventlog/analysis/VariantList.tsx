import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { DrawingView } from '../../journeys/DrawingView.tsx';
import { PagedControls, usePaged } from '../../ui/Paged.tsx';
import { ErrorMessage } from '../../ui/Status.tsx';
import type { EventLog, HandoverReport } from '../types.ts';
import { useOpenAsJourney } from './useOpenAsJourney.ts';

const DRAWN = 3;

/** The most common courses (variants), the top three drawn as journeys, each openable as a journey map. */
export function VariantList({ log, report }: { log: EventLog; report: HandoverReport }) {
  const { t, format } = useI18n();
  const open = useOpenAsJourney(log, report);
  const paged = usePaged(report.variants);
  const [caseKey, setCaseKey] = useState('');
  const units = { min: t('eventlog.unit.min'), h: t('eventlog.unit.h'), d: t('eventlog.unit.d') };
  const drawn = report.variants.slice(0, DRAWN).map((v, i) => open.variantJourney(v, i + 1));
  const submitCase = (e: FormEvent) => {
    e.preventDefault();
    if (caseKey.trim()) void open.openCase(caseKey.trim());
  };
  return (
    <section className="section" aria-labelledby="eventlog-variants-title">
      <h3 id="eventlog-variants-title">{t('eventlog.variants.title')}</h3>
      <p>{t('eventlog.variants.intro', { variants: format.number(report.summary.variants) })}</p>
      {open.error ? <ErrorMessage error={open.error} /> : null}
      <div className="eventlog-drawings">
        {drawn.map((journey, i) => {
          const v = report.variants[i];
          if (!v) return null;
          return (
            <figure key={v.actors.join('\u001f')} className="eventlog-drawing">
              <figcaption>
                {t('eventlog.variants.rank', {
                  rank: i + 1,
                  cases: format.number(v.cases),
                  share: format.percent(v.share, 1),
                })}
              </figcaption>
              <DrawingView journey={journey} />
              <button
                type="button"
                className="btn btn-primary"
                disabled={open.busy}
                onClick={() => open.openVariant(v, i + 1)}
              >
                {t('eventlog.variants.open', { rank: i + 1 })}
              </button>
            </figure>
          );
        })}
      </div>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('eventlog.variants.title')}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('eventlog.variants.col.actors')}</th>
              <th scope="col" className="num">
                {t('eventlog.variants.col.cases')}
              </th>
              <th scope="col" className="num">
                {t('eventlog.variants.col.handovers')}
              </th>
              <th scope="col" className="num">
                {t('eventlog.variants.col.duration')}
              </th>
              <th scope="col">{t('eventlog.variants.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {paged.rows.map((v, i) => (
              <tr key={v.actors.join('\u001f')}>
                <td>{i + 1}</td>
                <td className="break">{v.actors.map((a) => a || t('eventlog.noActor')).join(' → ')}</td>
                <td className="num">
                  {format.number(v.cases)} ({format.percent(v.share, 1)})
                </td>
                <td className="num">{v.actors.filter((a, j) => j > 0 && a !== v.actors[j - 1]).length}</td>
                <td className="num">{format.duration(v.medianDurationMs, units)}</td>
                <td>
                  <button
                    type="button"
                    className="btn btn-link"
                    disabled={open.busy}
                    onClick={() => open.openVariant(v, i + 1)}
                  >
                    {t('eventlog.variants.openShort')}
                    <span className="visually-hidden">
                      {' '}
                      {t('eventlog.variants.rankShort', { rank: i + 1 })}
                    </span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PagedControls paged={paged} label={t('eventlog.variants.title')} />
      <form className="form form-inline" onSubmit={submitCase}>
        <label htmlFor="eventlog-case-key">{t('eventlog.case.label')}</label>
        <input
          id="eventlog-case-key"
          className="input input-mono"
          value={caseKey}
          placeholder="C-…"
          onChange={(e) => setCaseKey(e.target.value)}
        />
        <button type="submit" className="btn btn-secondary" disabled={open.busy}>
          {t('eventlog.case.open')}
        </button>
      </form>
    </section>
  );
}
