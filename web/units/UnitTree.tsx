import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import type { Country, Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { kindLabel } from '../i18n/terms.ts';
import { Badge } from '../ui/Status.tsx';
import { type TreeNode, visibleNodes } from './tree.ts';

interface UnitTreeProps {
  roots: readonly TreeNode<Unit>[];
  country: Country;
  label: string;
  /** Makes items selectable (Enter, Space or click); the page shows the selected unit's details. */
  onSelect?: (id: string) => void;
  selectedId?: string | null;
}

/**
 * The organisation as an ARIA tree (WAI-ARIA APG tree view pattern): one Tab stop, arrow keys move,
 * Right/Left expand, collapse or step in and out, Home/End jump, Enter or Space selects. Items hold no
 * buttons of their own, because interactive content inside a treeitem is not allowed; the page puts
 * the actions for the selected unit next to the tree.
 */
export function UnitTree({ roots, country, label, onSelect, selectedId }: UnitTreeProps) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [focusId, setFocusId] = useState<string | null>(null);
  const refs = useRef(new Map<string, HTMLDivElement>());
  const visible = useMemo(() => visibleNodes(roots, collapsed), [roots, collapsed]);

  const isVisible = (id: string | null | undefined) => !!id && visible.some((n) => n.item.id === id);
  const activeId = isVisible(focusId) ? focusId : isVisible(selectedId) ? selectedId : visible[0]?.item.id;

  const focus = (id: string | undefined) => {
    if (!id) return;
    setFocusId(id);
    refs.current.get(id)?.focus();
  };
  const setOpen = (id: string, open: boolean) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (open) next.delete(id);
      else next.add(id);
      return next;
    });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const id = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]')?.dataset.id;
    const index = visible.findIndex((n) => n.item.id === id);
    const node = visible[index];
    if (!id || !node) return;
    const open = node.children.length > 0 && !collapsed.has(id);
    switch (event.key) {
      case 'ArrowDown':
        focus(visible[index + 1]?.item.id);
        break;
      case 'ArrowUp':
        focus(visible[index - 1]?.item.id);
        break;
      case 'Home':
        focus(visible[0]?.item.id);
        break;
      case 'End':
        focus(visible[visible.length - 1]?.item.id);
        break;
      case 'ArrowRight':
        if (open) focus(node.children[0]?.item.id);
        else if (node.children.length > 0) setOpen(id, true);
        break;
      case 'ArrowLeft':
        if (open) setOpen(id, false);
        else focus(node.item.parentId ?? undefined);
        break;
      case 'Enter':
      case ' ':
        onSelect?.(id);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const renderNode = (node: TreeNode<Unit>) => {
    const unit = node.item;
    const hasChildren = node.children.length > 0;
    const open = hasChildren && !collapsed.has(unit.id);
    return (
      <div
        key={unit.id}
        ref={(el) => {
          if (el) refs.current.set(unit.id, el);
          else refs.current.delete(unit.id);
        }}
        role="treeitem"
        data-id={unit.id}
        aria-level={node.depth + 1}
        aria-expanded={hasChildren ? open : undefined}
        aria-selected={onSelect ? selectedId === unit.id : undefined}
        tabIndex={unit.id === activeId ? 0 : -1}
        className={`unit-node${unit.archivedAt ? ' is-archived' : ''}${selectedId === unit.id ? ' is-selected' : ''}`}
        onFocus={(event) => {
          if (event.target === event.currentTarget) setFocusId(unit.id);
        }}
      >
        <UnitRow
          node={node}
          country={country}
          open={open}
          onToggle={() => setOpen(unit.id, !open)}
          onSelect={onSelect}
        />
        {open && (
          // biome-ignore lint/a11y/useSemanticElements: a tree's child list is role="group" by the ARIA pattern.
          <div role="group" className="unit-group">
            {node.children.map(renderNode)}
          </div>
        )}
      </div>
    );
  };

  return (
    <div
      role="tree"
      aria-label={label}
      className={`unit-tree${onSelect ? ' is-selectable' : ''}`}
      onKeyDown={onKeyDown}
    >
      {roots.map(renderNode)}
    </div>
  );
}

interface RowProps {
  node: TreeNode<Unit>;
  country: Country;
  open: boolean;
  onToggle: () => void;
  onSelect?: (id: string) => void;
}

/** One line of the tree. The twisty is pointer-only; keyboard users expand with the arrow keys. */
function UnitRow({ node, country, open, onToggle, onSelect }: RowProps) {
  const { t } = useI18n();
  const unit = node.item;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard selection is handled by the tree's onKeyDown.
    // biome-ignore lint/a11y/noStaticElementInteractions: the treeitem around this row is the interactive element.
    <div className="unit-row" onClick={() => onSelect?.(unit.id)}>
      {node.children.length > 0 ? (
        <span
          className={`twisty${open ? ' is-open' : ''}`}
          aria-hidden="true"
          onClick={(event) => {
            event.stopPropagation();
            onToggle();
          }}
        />
      ) : (
        <span className="twisty-space" aria-hidden="true" />
      )}
      <span className="unit-name">{unit.name}</span>
      <span className="unit-kind">{kindLabel(t, country, unit.kind)}</span>
      {unit.isEntrance && <Badge tone="info">{t('unit.entranceBadge')}</Badge>}
      {unit.archivedAt && <Badge>{t('unit.archivedBadge')}</Badge>}
      {(node.orphan || node.inCycle) && <Badge tone="warn">{t('unit.orphanBadge')}</Badge>}
    </div>
  );
}
