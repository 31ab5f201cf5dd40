import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { UnitInput } from '../api/endpoints.ts';
import { unitsApi } from '../api/endpoints.ts';
import type { Unit } from '../api/types.ts';
import { useMe } from '../app/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { UnitAlertPanel } from '../surveys/UnitAlertPanel.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { EmptyState, ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { ArchiveUnitDialog } from './ArchiveUnitDialog.tsx';
import { buildTree, flattenTree, optionLabels, subtreeIds } from './tree.ts';
import { UnitCounts } from './UnitCounts.tsx';
import { childKind, UnitForm } from './UnitForm.tsx';
import { UnitTree } from './UnitTree.tsx';
import { useUnitActions } from './useUnitActions.ts';

type Panel = { mode: 'create'; parentId: string | null; key: number } | { mode: 'edit'; id: string };

/**
 * Admin: the organisation tree. Master–detail: choose a unit in the tree, and edit, add a sub-unit or
 * archive it in the panel beside it (below it on a phone). With nothing chosen, the panel creates units.
 */
export function UnitsPage() {
  const { t } = useI18n();
  const me = useMe();
  const country = me.municipality.country;
  const archivedToggleId = useId();
  const [showArchived, setShowArchived] = useState(false);
  const [panel, setPanel] = useState<Panel>({ mode: 'create', parentId: null, key: 0 });
  const [archiving, setArchiving] = useState<Unit | null>(null);
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const load = useCallback((signal: AbortSignal) => unitsApi.list(showArchived, { signal }), [showArchived]);
  const units = useAsync(load);
  const actions = useUnitActions(units.setData, showArchived);

  const tree = useMemo(() => buildTree(units.data ?? []), [units.data]);
  const activeTree = useMemo(() => buildTree((units.data ?? []).filter((u) => !u.archivedAt)), [units.data]);
  const selected = panel.mode === 'edit' ? tree.byId.get(panel.id)?.item : undefined;
  const parentLabels = useMemo(
    () => optionLabels(flattenTree(activeTree.roots), activeTree.byId),
    [activeTree],
  );
  const parentOptions = useMemo(() => {
    const all = flattenTree(activeTree.roots);
    const node = panel.mode === 'edit' ? activeTree.byId.get(panel.id) : undefined;
    if (!node) return all;
    const excluded = subtreeIds(node);
    return all.filter((n) => !excluded.has(n.item.id));
  }, [activeTree, panel]);

  const select = (id: string) => {
    setPanel({ mode: 'edit', id });
    // On narrow screens the panel sits below the tree; bring it into view (a no-op when already visible).
    requestAnimationFrame(() => panelRef.current?.scrollIntoView({ block: 'nearest' }));
  };
  const startCreate = (parentId: string | null) => {
    setPanel({ mode: 'create', parentId, key: Date.now() });
    requestAnimationFrame(() => nameRef.current?.focus());
  };

  const createInitial = (parentId: string | null): UnitInput => ({
    name: '',
    parentId,
    kind: childKind(parentId ? activeTree.byId.get(parentId)?.item.kind : undefined),
    isEntrance: false,
  });
  const hidden = (name: string) => <span className="visually-hidden"> {name}</span>;

  return (
    <>
      <PageHeader title={t('units.title')} intro={t('units.intro')}>
        <Link to="/units/login">{t('sso.nav')}</Link>{' '}
        <Link to="/units/citizen-pages">{t('citizenPages.nav')}</Link>
      </PageHeader>
      {units.data && <UnitCounts units={units.data} />}
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
              <p className="field-hint">{t('units.edit.none')}</p>
              <UnitTree
                roots={tree.roots}
                country={country}
                label={t('units.treeLabel')}
                onSelect={select}
                selectedId={selected?.id ?? null}
              />
            </>
          )}
        </section>
        <aside
          ref={panelRef}
          className="split-side"
          aria-label={selected ? t('units.edit.title', { name: selected.name }) : t('units.create.title')}
        >
          {selected?.archivedAt ? (
            <div className="card">
              <h2 ref={headingRef}>{selected.name}</h2>
              <p>{t('unit.archivedBadge')}</p>
              <div className="form-actions">
                <button
                  type="button"
                  className="btn btn-primary"
                  onClick={() => void actions.restore(selected.id)}
                >
                  {t('units.action.restore')}
                  {hidden(selected.name)}
                </button>
                <button type="button" className="btn btn-secondary" onClick={() => startCreate(null)}>
                  {t('common.cancel')}
                </button>
              </div>
            </div>
          ) : selected ? (
            <>
              <UnitForm
                key={selected.id}
                title={t('units.edit.title', { name: selected.name })}
                submitLabel={t('common.save')}
                initial={{
                  name: selected.name,
                  parentId: selected.parentId,
                  kind: selected.kind,
                  isEntrance: selected.isEntrance,
                }}
                parentOptions={parentOptions}
                parentLabels={parentLabels}
                country={country}
                headingRef={headingRef}
                onSubmit={async (input) => {
                  await actions.update(selected.id, input);
                }}
                onCancel={() => startCreate(null)}
              />
              <div className="panel-actions">
                <button type="button" className="btn btn-secondary" onClick={() => startCreate(selected.id)}>
                  {t('units.action.addChild')}
                  <span className="visually-hidden"> – {selected.name}</span>
                </button>
                <button
                  type="button"
                  className="btn btn-danger-outline"
                  onClick={() => setArchiving(selected)}
                >
                  {t('units.action.archive')}
                  {hidden(selected.name)}
                </button>
              </div>
              {/* Read-only here: the rule is set on the unit's smiley survey. */}
              <UnitAlertPanel key={selected.id} unitId={selected.id} mayManage={false} />
            </>
          ) : (
            <UnitForm
              key={panel.mode === 'create' ? `${panel.key}:${panel.parentId}` : 'create'}
              title={t('units.create.title')}
              submitLabel={t('units.create.submit')}
              initial={createInitial(panel.mode === 'create' ? panel.parentId : null)}
              parentOptions={parentOptions}
              parentLabels={parentLabels}
              country={country}
              headingRef={headingRef}
              nameRef={nameRef}
              onSubmit={async (input) => {
                await actions.create(input);
                startCreate(input.parentId);
              }}
            />
          )}
        </aside>
      </div>
      <ArchiveUnitDialog
        unit={archiving}
        onArchive={async (id) => {
          await actions.archive(id);
          startCreate(null);
        }}
        onClose={() => setArchiving(null)}
      />
    </>
  );
}
