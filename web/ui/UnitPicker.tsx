import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { TreeItem } from '../units/tree.ts';
import { UnitTreeBar, UnitTreeList, useUnitTree } from './UnitTree.tsx';

interface Props {
  legend: ReactNode;
  units: readonly TreeItem[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  /** Shown under the legend (hint, field error); referenced by the group. */
  children?: ReactNode;
  describedBy?: string;
  invalid?: boolean;
}

/**
 * Choosing units in the organisation tree: a search box that keeps the matches and their parents, and
 * sub-trees that expand and collapse, instead of a flat list of 30 checkboxes. Checkboxes stay real
 * checkboxes, so the keyboard and screen readers work as everywhere else in the forms. One unit: `UnitChoice`.
 */
export function UnitPicker({ legend, units, selected, onChange, children, describedBy, invalid }: Props) {
  const { t } = useI18n();
  const state = useUnitTree(units, selected);
  const chosen = new Set(selected);
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected.filter((x) => x !== id), id] : selected.filter((x) => x !== id));

  return (
    <fieldset
      className={`fieldset unit-picker${invalid ? ' field-invalid' : ''}`}
      aria-describedby={describedBy}
    >
      <legend>{legend}</legend>
      {children}
      <UnitTreeBar state={state} />
      <p className="unit-picker-count" role="status">
        {t('ui.unitPicker.selected', { count: selected.length })}
      </p>
      <UnitTreeList
        state={state}
        control={(u) => (
          <label>
            <input
              type="checkbox"
              checked={chosen.has(u.id)}
              onChange={(e) => toggle(u.id, e.target.checked)}
            />{' '}
            {u.name}
          </label>
        )}
      />
    </fieldset>
  );
}
