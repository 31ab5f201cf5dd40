import { useI18n } from '../../i18n/I18nProvider.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import type { SuccessCriterion } from '../types.ts';
import { toLocalMeasure } from './local-options.ts';

/** One row as edited: the measure as a "kind:value" key and the number as typed. */
export interface CriterionDraft {
  key: number;
  measure: string;
  direction: SuccessCriterion['direction'];
  type: SuccessCriterion['target']['type'];
  value: string;
  by: string;
}

export interface MeasureOption {
  /** "item:satisfaction.overall", "local:<survey id>/local.x", "rate:waiting" or "count:Klager". */
  id: string;
  label: string;
}

/** The wire criterion of a draft row; the server checks the rest and names the field at fault. */
export function toCriterion(d: CriterionDraft): SuccessCriterion {
  const split = d.measure.indexOf(':');
  const kind = d.measure.slice(0, split);
  const ref = d.measure.slice(split + 1);
  const measure: SuccessCriterion['measure'] =
    kind === 'item'
      ? { kind: 'item', itemId: ref }
      : kind === 'local'
        ? { kind: 'local', ...toLocalMeasure(ref) }
        : kind === 'rate'
          ? {
              kind: 'rate',
              category: ref as Extract<SuccessCriterion['measure'], { kind: 'rate' }>['category'],
            }
          : { kind: 'count', label: ref };
  return {
    measure,
    direction: d.direction,
    target: { type: d.type, value: Number(d.value.replace(',', '.')) },
    by: d.by,
  };
}

/** Structured success criteria: measure, direction, target and date, with rows to add and remove. */
export function CriteriaEditor({
  rows,
  measures,
  defaultBy,
  onChange,
}: {
  rows: CriterionDraft[];
  measures: MeasureOption[];
  defaultBy: string;
  onChange: (rows: CriterionDraft[]) => void;
}) {
  const { t } = useI18n();
  const patch = (key: number, change: Partial<CriterionDraft>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const add = () =>
    onChange([
      ...rows,
      {
        key: Math.max(0, ...rows.map((r) => r.key)) + 1,
        measure: measures[0]?.id ?? '',
        direction: 'up',
        type: 'points',
        value: '',
        by: defaultBy,
      },
    ]);
  return (
    <fieldset className="fieldset" data-testid="criteria-editor">
      <legend className="field-label">{t('improvement.initiatives.criteria')}</legend>
      <p className="field-hint">{t('improvement.initiatives.criteriaHint')}</p>
      {rows.map((r, i) => (
        <fieldset key={r.key} className="fieldset improvement-row">
          <legend>{t('improvement.initiatives.criterion', { n: i + 1 })}</legend>
          <SelectField
            label={t('improvement.initiatives.criterionMeasure')}
            value={r.measure}
            onChange={(e) => patch(r.key, { measure: e.target.value })}
          >
            {measures.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('improvement.initiatives.criterionDirection')}
            value={r.direction}
            onChange={(e) => patch(r.key, { direction: e.target.value as CriterionDraft['direction'] })}
          >
            <option value="up">{t('improvement.initiatives.criterionUp')}</option>
            <option value="down">{t('improvement.initiatives.criterionDown')}</option>
          </SelectField>
          <SelectField
            label={t('improvement.initiatives.criterionTargetType')}
            value={r.type}
            onChange={(e) => patch(r.key, { type: e.target.value as CriterionDraft['type'] })}
          >
            <option value="absolute">{t('improvement.initiatives.criterionAbsolute')}</option>
            <option value="points">{t('improvement.initiatives.criterionPoints')}</option>
            <option value="percent">{t('improvement.initiatives.criterionPercent')}</option>
          </SelectField>
          <TextField
            label={t('improvement.initiatives.criterionValue')}
            inputMode="decimal"
            value={r.value}
            onChange={(e) => patch(r.key, { value: e.target.value })}
            required
          />
          <TextField
            label={t('improvement.initiatives.criterionBy')}
            type="date"
            value={r.by}
            onChange={(e) => patch(r.key, { by: e.target.value })}
            required
          />
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
          >
            {t('improvement.initiatives.criterionRemove', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      {measures.length === 0 ? (
        <p className="muted">{t('improvement.initiatives.criterionNoMeasures')}</p>
      ) : (
        <button type="button" className="btn btn-secondary" onClick={add}>
          {t('improvement.initiatives.criterionAdd')}
        </button>
      )}
    </fieldset>
  );
}
