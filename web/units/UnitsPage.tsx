import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { UnitInput } from '../api/endpoints.ts';
import { unitsApi } from '../api/endpoints.ts';
import type { Unit } from '../api/types.ts';
import { useMe } from '../app/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { EmptyState, ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { ArchiveUnitDialog } from './ArchiveUnitDialog.tsx';
import { buildTree, flattenTree, subtreeIds, type TreeNode } from './tree.ts';
import { childKind, UnitForm } from './UnitForm.tsx';
import { UnitTree } from './UnitTree.tsx';
import { useUnitActions } from './useUnitActions.ts';

type Panel = { mode: 'create'; parentId: string | null; key: number } | { mode: 'edit'; id: string };

/** Admin: build the organisation tree – create, rename, move, mark entrances, archive with undo. */
export function UnitsPage() {
  const { t } = useI18n();
  const me = useMe();
  const country = me.municipality.country;
  const archivedToggleId = useId();
  const [showArchived, setShowArchived] = useState(false);
  const [panel, setPanel] = useState<Panel>({ mode: 'create', parentId: null, key: 0 });
  const [archiving, setArchiving] = useState<Unit | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const load = useCallback((signal: AbortSignal) => unitsApi.list(showArchived, { signal }), [showArchived]);
  const units = useAsync(load);
  const actions = useUnitActions(units.setData, showArchived);

  const tree = useMemo(() => buildTree(units.data ?? []), [units.data]);
  const activeTree = useMemo(() => buildTree((units.data ?? []).filter((u) => !u.archivedAt)), [units.data]);
  const editing = panel.mode === 'edit' ? tree.byId.get(panel.id) : undefined;

  const parentOptions = useMemo(() => {
    const all = flattenTree(activeTree.roots);
    const editingNode = panel.mode === 'edit' ? activeTree.byId.get(panel.id) : undefined;
    if (!editingNode) return all;
    const excluded = subtreeIds(editingNode);
    return all.filter((node) => !excluded.has(node.item.id));
  }, [activeTree, panel]);

  const focusLater = (target: 'heading' | 'name') =>
    requestAnimationFrame(() => (target === 'heading' ? headingRef.current : nameRef.current)?.focus());

  const startEdit = (node: TreeNode<Unit>) => {
    setPanel({ mode: 'edit', id: node.item.id });
    focusLater('heading');
  };
  const startCreate = (parentId: string | null) => {
    setPanel({ mode: 'create', parentId, key: Date.now() });
    focusLater('name');
  };

  const createInitial = (parentId: string | null): UnitInput => ({
    name: '',
    parentId,
    kind: childKind(parentId ? activeTree.byId.get(parentId)?.item.kind : undefined),
    isEntrance: false,
  });

  const renderActions = (node: TreeNode<Unit>) => {
    const name = <span className="visually-hidden"> {node.item.name}</span>;
    if (node.item.archivedAt) {
      return (
        <button type="button" className="btn btn-link" onClick={() => void actions.restore(node.item.id)}>
          {t('units.action.restore')}
          {name}
        </button>
      );
    }
    return (
      <>
        <button type="button" className="btn btn-link" onClick={() => startEdit(node)}>
          {t('units.action.edit')}
          {name}
        </button>
        <button type="button" className="btn btn-link" onClick={() => startCreate(node.item.id)}>
          {t('units.action.addChild')}
          <span className="visually-hidden"> – {node.item.name}</span>
        </button>
        <button type="button" className="btn btn-link is-danger" onClick={() => setArchiving(node.item)}>
          {t('units.action.archive')}
          {name}
        </button>
      </>
    );
  };

  return (
    <>
      <PageHeader title={t('units.title')} intro={t('units.intro')} />
      <div className="split">
        <section className="split-main" aria-labelledby="units-tree-title">
          <div className="section-bar">
            <h2 id="units-tree-title">{t('units.treeLabel')}</h2>
            <div className="field-check field-inline">
              <input
                id={archivedToggleId}
                type="checkbox"
                checked={showArchived}
                onChange={(e) => setShowArchived(e.target.checked)}
              />
              <label htmlFor={archivedToggleId}>{t('units.showArchived')}</label>
            </div>
          </div>
          {units.error ? (
            <ErrorMessage error={units.error} onRetry={units.reload} />
          ) : !units.data ? (
            <Loading />
          ) : tree.roots.length === 0 ? (
            <EmptyState>{t('units.empty')}</EmptyState>
          ) : (
            <>
              {tree.hasCycles && <p className="alert alert-warn">{t('units.cycleWarning')}</p>}
              <UnitTree
                roots={tree.roots}
                country={country}
                label={t('units.treeLabel')}
                renderActions={renderActions}
                selectedId={editing?.item.id ?? null}
              />
            </>
          )}
        </section>
        <aside
          className="split-side"
          aria-label={editing ? t('units.edit.title', { name: editing.item.name }) : t('units.create.title')}
        >
          {editing ? (
            <UnitForm
              key={editing.item.id}
              title={t('units.edit.title', { name: editing.item.name })}
              submitLabel={t('common.save')}
              initial={{
                name: editing.item.name,
                parentId: editing.item.parentId,
                kind: editing.item.kind,
                isEntrance: editing.item.isEntrance,
              }}
              parentOptions={parentOptions}
              country={country}
              headingRef={headingRef}
              onSubmit={async (input) => {
                await actions.update(editing.item.id, input);
              }}
              onCancel={() => startCreate(null)}
            />
          ) : (
            <UnitForm
              key={panel.mode === 'create' ? `${panel.key}:${panel.parentId}` : 'create'}
              title={t('units.create.title')}
              submitLabel={t('units.create.submit')}
              initial={createInitial(panel.mode === 'create' ? panel.parentId : null)}
              parentOptions={parentOptions}
              country={country}
              headingRef={headingRef}
              nameRef={nameRef}
              onSubmit={async (input) => {
                await actions.create(input);
                setPanel({ mode: 'create', parentId: input.parentId, key: Date.now() });
                focusLater('name');
              }}
            />
          )}
        </aside>
      </div>
      <ArchiveUnitDialog unit={archiving} onArchive={actions.archive} onClose={() => setArchiving(null)} />
    </>
  );
}
