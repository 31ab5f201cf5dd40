import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { SelectField } from '../../ui/Field.tsx';
import type { ReportParams } from '../types.ts';

/** Values of the kept case attributes, for the attribute filter. */
export type AttributeValues = Array<{ key: string; value: string; cases: number }>;

/**
 * Actor key (resource, group or a kept event attribute), period, case attribute values and the
 * minimum variant frequency. Applied together with one button, so each change does not recompute.
 */
export function Filters({
  params,
  eventAttributes,
  caseValues,
  onApply,
}: {
  params: ReportParams;
  eventAttributes: string[];
  caseValues: AttributeValues;
  onApply: (params: ReportParams) => void;
}) {
  const { t, format } = useI18n();
  const [draft, setDraft] = useState(params);
  const keys = [...new Set(caseValues.map((v) => v.key))];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };
  const toggleValue = (pair: string, on: boolean) =>
    setDraft((d) => ({ ...d, filter: on ? [...d.filter, pair] : d.filter.filter((f) => f !== pair) }));
  return (
    <form className="form eventlog-filters" onSubmit={submit} aria-labelledby="eventlog-filters-title">
      <h2 id="eventlog-filters-title">{t('eventlog.filters.title')}</h2>
      <div className="eventlog-grid">
        <SelectField
          id="eventlog-by"
          label={t('eventlog.filters.by')}
          value={draft.by}
          onChange={(e) => setDraft({ ...draft, by: e.target.value })}
        >
          <option value="resource">{t('eventlog.filters.byResource')}</option>
          <option value="group">{t('eventlog.filters.byGroup')}</option>
          {eventAttributes.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </SelectField>
        <div className="field">
          <label className="field-label" htmlFor="eventlog-from">
            {t('eventlog.filters.from')}
          </label>
          <input
            id="eventlog-from"
            type="date"
            className="input"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="eventlog-to">
            {t('eventlog.filters.to')}
          </label>
          <input
            id="eventlog-to"
            type="date"
            className="input"
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="eventlog-min">
            {t('eventlog.filters.minVariant')}
          </label>
          <input
            id="eventlog-min"
            type="number"
            min={1}
            className="input"
            value={draft.minVariant}
            onChange={(e) => setDraft({ ...draft, minVariant: Math.max(1, Number(e.target.value) || 1) })}
          />
        </div>
      </div>
      {keys.map((key) => (
        <fieldset key={key} className="fieldset">
          <legend>{t('eventlog.filters.attribute', { key })}</legend>
          <div className="check-list">
            {caseValues
              .filter((v) => v.key === key)
              .map((v) => {
                const pair = `${key}=${v.value}`;
                return (
                  <label key={pair} className="eventlog-inline">
                    <input
                      type="checkbox"
                      checked={draft.filter.includes(pair)}
                      onChange={(e) => toggleValue(pair, e.target.checked)}
                    />{' '}
                    {v.value} ({format.number(v.cases)})
                  </label>
                );
              })}
          </div>
        </fieldset>
      ))}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary">
          {t('eventlog.filters.apply')}
        </button>
      </div>
    </form>
  );
}
