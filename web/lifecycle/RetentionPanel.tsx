import { useState } from 'react';
import type { RetentionView } from '../../shared/api/lifecycle.ts';
import { kindName } from '../../shared/lifecycle/kind-names.ts';
import { ApiError } from '../api/errors.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PagedControls, usePaged } from '../ui/Paged.tsx';
import { useErrorText } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { lifecycleApi } from './api.ts';

type Row = RetentionView['settings'][number];

/** The settings table: a period per kind with its limits, and "keep aggregates" where it applies. */
export function RetentionPanel({
  view,
  onChange,
}: {
  view: RetentionView;
  onChange: (v: RetentionView) => void;
}) {
  const { t, locale, format } = useI18n();
  const toast = useToast();
  const errorText = useErrorText();
  const [rows, setRows] = useState<Row[]>(view.settings);
  const [busy, setBusy] = useState<'save' | 'run' | null>(null);
  const [errors, setErrors] = useState<Record<number, string>>({});
  const paged = usePaged(rows);
  const set = (i: number, patch: Partial<Row>) =>
    setRows((r) => r.map((x, j) => (j === i ? { ...x, ...patch } : x)));

  const save = async () => {
    setBusy('save');
    setErrors({});
    try {
      const next = await lifecycleApi.saveRetention({
        settings: rows.map((r) => ({ kind: r.kind, days: r.days, keepAggregates: r.keepAggregates })),
      });
      onChange(next);
      toast({ message: t('lifecycle.retention.saved') });
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : [];
      const byRow = Object.fromEntries(fields.map((f) => [Number(f.path.split('.')[1]), f.message]));
      setErrors(byRow);
      // An error on a row beyond the page must not stay hidden.
      if (Object.keys(byRow).some((i) => Number(i) >= paged.view.shown)) paged.setLimit(rows.length);
      if (fields.length === 0) toast({ message: errorText(error) });
    } finally {
      setBusy(null);
    }
  };
  const run = async () => {
    setBusy('run');
    try {
      const result = await lifecycleApi.run();
      const total = result.outcomes.reduce((a, o) => a + o.rows, 0);
      toast({ message: t('lifecycle.retention.ran', { rows: format.number(total) }) });
      onChange(await lifecycleApi.retention());
    } catch (error) {
      toast({ message: errorText(error) });
    } finally {
      setBusy(null);
    }
  };
  const lang = locale;
  const last = view.lastRun;
  return (
    <section aria-labelledby="retention-title">
      <h2 id="retention-title">{t('lifecycle.retention.title')}</h2>
      <p>{t('lifecycle.retention.keepHint', { min: view.minGroupSize })}</p>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('lifecycle.retention.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lifecycle.retention.kind')}</th>
              <th scope="col">{t('lifecycle.retention.days')}</th>
              <th scope="col">{t('lifecycle.retention.keep')}</th>
            </tr>
          </thead>
          <tbody>
            {paged.rows.map((r, i) => {
              const id = `retention-${r.kind}`;
              return (
                <tr key={r.kind}>
                  <th scope="row">
                    <label htmlFor={id}>{kindName(lang, r.kind)}</label>
                  </th>
                  <td>
                    <input
                      id={id}
                      className="input input-compact"
                      type="number"
                      min={r.minDays}
                      max={r.maxDays}
                      value={r.days}
                      aria-describedby={`${id}-limits${errors[i] ? ` ${id}-error` : ''}`}
                      aria-invalid={errors[i] ? true : undefined}
                      onChange={(e) => set(i, { days: Number(e.target.value) })}
                    />
                    <p className="field-hint" id={`${id}-limits`}>
                      {t('lifecycle.retention.limits', {
                        min: r.minDays,
                        max: r.maxDays,
                        default: r.defaultDays,
                      })}
                    </p>
                    {errors[i] && (
                      <p className="field-error" id={`${id}-error`}>
                        {errors[i]}
                      </p>
                    )}
                  </td>
                  <td>
                    {r.aggregatesPossible ? (
                      <input
                        type="checkbox"
                        aria-label={`${t('lifecycle.retention.keep')}: ${kindName(lang, r.kind)}`}
                        checked={r.keepAggregates}
                        onChange={(e) => set(i, { keepAggregates: e.target.checked })}
                      />
                    ) : (
                      t('lifecycle.retention.notApplicable')
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <PagedControls paged={paged} label={t('lifecycle.retention.caption')} />
      <p>
        {last
          ? t('lifecycle.retention.lastRun', {
              at: format.dateTime(last.at),
              rows: format.number(last.outcomes.reduce((a, o) => a + o.rows, 0)),
            })
          : t('lifecycle.retention.never')}
      </p>
      <div className="form-actions">
        <button type="button" className="btn btn-primary" disabled={busy !== null} onClick={save}>
          {busy === 'save' ? t('common.saving') : t('lifecycle.retention.save')}
        </button>
        <button type="button" className="btn btn-secondary" disabled={busy !== null} onClick={run}>
          {busy === 'run' ? t('lifecycle.retention.running') : t('lifecycle.retention.run')}
        </button>
      </div>
    </section>
  );
}
