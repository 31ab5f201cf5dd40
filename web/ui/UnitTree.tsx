import { type ReactNode, type Ref, useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { buildTree, type Tree, type TreeItem, type TreeNode } from '../units/tree.ts';
import { initiallyOpen, searchMatches } from './unit-picker.ts';

/** The state both unit pickers share: the built tree, the search text and which sub-trees are open. */
export interface UnitTreeState {
  tree: Tree<TreeItem>;
  units: readonly TreeItem[];
  query: string;
  setQuery: (query: string) => void;
  /** Open sub-trees (ignored while searching: then every match and its parents show). */
  expanded: Set<string>;
  setExpanded: (next: Set<string>) => void;
  /** The ids a search keeps, or null without a search. */
  visible: Set<string> | null;
  flip: (id: string) => void;
}

/**
 * Tree, search and expansion for choosing units. Until the user expands or collapses anything, what is open
 * is computed from the units and the selection (both may arrive after the first render).
 */
export function useUnitTree(units: readonly TreeItem[], selected: readonly string[]): UnitTreeState {
  const [query, setQuery] = useState('');
  const tree = useMemo(() => buildTree(units), [units]);
  const [touched, setTouched] = useState<Set<string> | null>(null);
  const expanded = useMemo(() => touched ?? initiallyOpen(tree, selected), [touched, tree, selected]);
  const visible = useMemo(() => searchMatches(tree, query), [tree, query]);
  const flip = (id: string) => {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setTouched(next);
  };
  return { tree, units, query, setQuery, expanded, setExpanded: setTouched, visible, flip };
}

/** The search box and the expand-all / collapse-all buttons above the tree. */
export function UnitTreeBar({
  state,
  searchRef,
  onEnter,
}: {
  state: UnitTreeState;
  searchRef?: Ref<HTMLInputElement>;
  /** Enter in the search box: never submits the surrounding form; the single choice takes the best match. */
  onEnter?: () => void;
}) {
  const { t } = useI18n();
  const searchId = useId();
  return (
    <div className="unit-picker-bar">
      <label htmlFor={searchId}>{t('ui.unitPicker.search')}</label>
      <input
        id={searchId}
        ref={searchRef}
        type="search"
        className="input"
        value={state.query}
        onChange={(e) => state.setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          onEnter?.();
        }}
        autoComplete="off"
      />
      <button
        type="button"
        className="btn btn-secondary btn-small"
        onClick={() => state.setExpanded(new Set(state.units.map((u) => u.id)))}
      >
        {t('ui.unitPicker.expandAll')}
      </button>
      <button
        type="button"
        className="btn btn-secondary btn-small"
        onClick={() => state.setExpanded(new Set())}
      >
        {t('ui.unitPicker.collapseAll')}
      </button>
    </div>
  );
}

/**
 * The nested list of units, each row with an expand button when it has sub-units and the caller's control
 * (a checkbox, a radio button, or plain text for a unit that cannot be chosen).
 */
export function UnitTreeList({
  state,
  control,
}: {
  state: UnitTreeState;
  control: (unit: TreeItem) => ReactNode;
}) {
  const { t } = useI18n();
  const { visible, expanded } = state;
  if (visible && visible.size === 0) return <p>{t('ui.unitPicker.noMatch')}</p>;
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
                    onClick={() => state.flip(u.id)}
                  >
                    <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                  </button>
                ) : (
                  <span className="unit-picker-spacer" />
                )}
                {control(u)}
              </span>
              {hasChildren && open && render(node.children, true)}
            </li>
          );
        })}
      </ul>
    );
  };
  return <>{render(state.tree.roots, false)}</>;
}
