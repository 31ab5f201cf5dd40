import { type FormEvent, useCallback, useState } from 'react';
import type { Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { intlLocale } from '../i18n/translate.ts';
import { PagedControls, usePaged } from '../ui/Paged.tsx';
import { EmptyState, ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { complaintsApi, type UnitFigures } from './api.ts';
import { oneDecimal, percent } from './labels.ts';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const yearAgo = () => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return iso(d);
};

/** Count, rate, process/decision shares, median time to answer and trend per unit, small groups hidden. */
export function FiguresPanel({ units, version }: { units: Unit[]; version: number }) {
  const { t, locale } = useI18n();
  const tag = intlLocale(locale);
  const [range, setRange] = useState({ from: yearAgo(), to: iso(new Date()) });
  const [draft, setDraft] = useState(range);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` reloads after a save or import.
  const load = useCallback(
    (signal: AbortSignal) => complaintsApi.figures(range.from, range.to, { signal }),
    [range, version],
  );
  const figures = useAsync(load);
  const paged = usePaged(figures.data?.units ?? []);
  const name = (id: string | null) =>
    id === null ? t('dialog.figures.total') : (units.find((u) => u.id === id)?.name ?? id);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (draft.from && draft.to && draft.from <= draft.to) setRange(draft);
  };
  const trend = (v: number | null) => {
    if (v === null) return t('dialog.figures.none');
    if (Math.abs(v) < 0.05) return t('dialog.figures.trendFlat');
    const value = oneDecimal(tag, Math.abs(v));
    return v > 0 ? t('dialog.figures.trendUp', { value }) : t('dialog.figures.trendDown', { value });
  };
  const row = (u: UnitFigures) => {
    const f = u.figures;
    if (!f) {
      return (
        <tr key={u.unitId ?? 'total'}>
          <th scope="row">{name(u.unitId)}</th>
          <td colSpan={6}>
            {u.status === 'complementary'
              ? t('dialog.figures.complementary')
              : t('dialog.figures.suppressed')}
          </td>
        </tr>
      );
    }
    return (
      <tr key={u.unitId ?? 'total'}>
        <th scope="row">{name(u.unitId)}</th>
        <td>{f.count}</td>
        <td>{f.ratePer1000 === null ? t('dialog.figures.none') : oneDecimal(tag, f.ratePer1000)}</td>
        <td>{percent(tag, f.processShare)}</td>
        <td>{percent(tag, f.decisionShare)}</td>
        <td>
          {f.medianDaysToAnswer === null ? t('dialog.figures.none') : oneDecimal(tag, f.medianDaysToAnswer)}
        </td>
        <td>{trend(u.trend)}</td>
      </tr>
    );
  };
  return (
    <section className="card" aria-labelledby="figures-title">
      <h2 id="figures-title">{t('dialog.figures.title')}</h2>
      <form className="form-inline" onSubmit={apply}>
        <label className="field-label" htmlFor="figures-from">
          {t('dialog.figures.from')}
        </label>
        <input
          id="figures-from"
          type="date"
          className="input"
          value={draft.from}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
        />
        <label className="field-label" htmlFor="figures-to">
          {t('dialog.figures.to')}
        </label>
        <input
          id="figures-to"
          type="date"
          className="input"
          value={draft.to}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
        />
        <button type="submit" className="btn btn-secondary">
          {t('dialog.figures.show')}
        </button>
      </form>
      {figures.data && (
        <p className="muted">{t('dialog.figures.intro', { min: figures.data.minGroupSize })}</p>
      )}
      {figures.loading && !figures.data && <Loading />}
      {figures.error !== undefined && <ErrorMessage error={figures.error} onRetry={figures.reload} />}
      {figures.data?.units.length === 0 && <EmptyState>{t('dialog.figures.empty')}</EmptyState>}
      {figures.data && figures.data.units.length > 0 && (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('dialog.figures.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dialog.field.unit')}</th>
                  <th scope="col">{t('dialog.figures.count')}</th>
                  <th scope="col">{t('dialog.figures.rate')}</th>
                  <th scope="col">{t('dialog.figures.processShare')}</th>
                  <th scope="col">{t('dialog.figures.decisionShare')}</th>
                  <th scope="col">{t('dialog.figures.medianDays')}</th>
                  <th scope="col">{t('dialog.figures.trend')}</th>
                </tr>
              </thead>
              <tbody>
                {paged.rows.map(row)}
                {row(figures.data.total)}
              </tbody>
            </table>
          </div>
          <PagedControls paged={paged} label={t('dialog.figures.title')} />
        </>
      )}
    </section>
  );
}
