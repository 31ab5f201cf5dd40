import { type ReactNode, useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** What the picker needs of a unit; the organisation tree comes from `parentId`. */
export interface PickerUnit {
  id: string;
  name: string;
  parentId: string | null;
}

interface Props {
  legend: ReactNode;
  units: readonly PickerUnit[];
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
  const ids = useMemo(() => new Set(units.map((u) => u.id)), [units]);
  const childrenOf = useMemo(() => {
    const map = new Map<string | null, PickerUnit[]>();
    for (const u of units) {
      const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
      map.set(parent, [...(map.get(parent) ?? []), u]);
    }
    for (const list of map.values()) list.sort((a, b) => a.name.localeCompare(b.name));
    return map;
  }, [units, ids]);
  // Until the user expands or collapses anything: the top two levels open, and the parents of every
  // chosen unit, so what is chosen is visible. Computed from the units, which may arrive after the first render.
  const [touched, setTouched] = useState<Set<string> | null>(null);
  const expanded = useMemo(() => {
    if (touched) return touched;
    const open = new Set<string>();
    for (const root of childrenOf.get(null) ?? []) {
      open.add(root.id);
      for (const child of childrenOf.get(root.id) ?? []) open.add(child.id);
    }
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const id of selected)
      for (let n = byId.get(id); n?.parentId; n = byId.get(n.parentId)) open.add(n.parentId);
    return open;
  }, [touched, childrenOf, units, selected]);
  const setExpanded = (f: Set<string> | ((prev: Set<string>) => Set<string>)) =>
    setTouched(typeof f === 'function' ? f(expanded) : f);
  const q = query.trim().toLocaleLowerCase();
  const visible = useMemo(() => {
    if (!q) return null;
    const byId = new Map(units.map((u) => [u.id, u]));
    const keep = new Set<string>();
    for (const u of units) {
      if (!u.name.toLocaleLowerCase().includes(q)) continue;
      for (
        let n: PickerUnit | undefined = u;
        n && !keep.has(n.id);
        n = n.parentId ? byId.get(n.parentId) : undefined
      )
        keep.add(n.id);
    }
    return keep;
  }, [q, units]);
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

  const render = (parent: string | null): ReactNode => {
    const list = (childrenOf.get(parent) ?? []).filter((u) => !visible || visible.has(u.id));
    if (list.length === 0) return null;
    return (
      <ul className={parent ? 'unit-picker-list nested' : 'unit-picker-list'}>
        {list.map((u) => {
          const hasChildren = (childrenOf.get(u.id) ?? []).length > 0;
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
              {hasChildren && open && render(u.id)}
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
      {visible && visible.size === 0 ? <p>{t('ui.unitPicker.noMatch')}</p> : render(null)}
    </fieldset>
  );
}
