import { type ReactNode, useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { buildTree, type TreeItem, type TreeNode } from '../units/tree.ts';
import { initiallyOpen, searchMatches } from './unit-picker.ts';

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
 * checkboxes, so the keyboard and screen readers work as everywhere else in the forms.
 */
export function UnitPicker({ legend, units, selected, onChange, children, describedBy, invalid }: Props) {
  const { t } = useI18n();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const tree = useMemo(() => buildTree(units), [units]);
  // Until the user expands or collapses anything, computed from the units (which may arrive after the first render).
  const [touched, setTouched] = useState<Set<string> | null>(null);
  const expanded = useMemo(() => touched ?? initiallyOpen(tree, selected), [touched, tree, selected]);
  const setExpanded = (f: Set<string> | ((prev: Set<string>) => Set<string>)) =>
    setTouched(typeof f === 'function' ? f(expanded) : f);
  const visible = useMemo(() => searchMatches(tree, query), [tree, query]);
  const chosen = new Set(selected);
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected.filter((x) => x !== id), id] : selected.filter((x) => x !== id));
  const flip = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const render = (nodes: readonly TreeNode<TreeItem>[], nested: boolean): ReactNode => {
    const list = nodes.filter((n) => !visible || visible.has(n.item.id));
    if (list.length === 0) return null;
    return (
      <ul className={nested ? 'unit-picker-list nested' : 'unit-picker-list'}>
        {list.map((node) => {
          const u = node.item;
          const hasChildren = node.children.length > 0;
          const open = visible ? true : expanded.has(u.id);
          return (
            <li key={u.id}>
              <span className="unit-picker-row">
                {hasChildren && !visible ? (
                  <button
                    type="button"
                    className="unit-picker-toggle"
                    aria-expanded={open}
                    aria-label={t(open ? 'ui.unitPicker.collapse' : 'ui.unitPicker.expand', { name: u.name })}
                    onClick={() => flip(u.id)}
                  >
                    <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                  </button>
                ) : (
                  <span className="unit-picker-spacer" />
                )}
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.has(u.id)}
                    onChange={(e) => toggle(u.id, e.target.checked)}
                  />{' '}
                  {u.name}
                </label>
              </span>
              {hasChildren && open && render(node.children, true)}
            </li>
          );
        })}
      </ul>
    );
  };

  return (
    <fieldset
      className={`fieldset unit-picker${invalid ? ' field-invalid' : ''}`}
      aria-describedby={describedBy}
    >
      <legend>{legend}</legend>
      {children}
      <div className="unit-picker-bar">
        <label htmlFor={searchId}>{t('ui.unitPicker.search')}</label>
        <input
          id={searchId}
          type="search"
          className="input"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
        />
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() => setExpanded(new Set(units.map((u) => u.id)))}
        >
          {t('ui.unitPicker.expandAll')}
        </button>
        <button type="button" className="btn btn-secondary btn-small" onClick={() => setExpanded(new Set())}>
          {t('ui.unitPicker.collapseAll')}
        </button>
      </div>
      <p className="unit-picker-count" role="status">
        {t('ui.unitPicker.selected', { count: selected.length })}
      </p>
      {visible && visible.size === 0 ? <p>{t('ui.unitPicker.noMatch')}</p> : render(tree.roots, false)}
    </fieldset>
  );
}
