import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { unitsApi, usersApi } from '../api/endpoints.ts';
import { useMe } from '../app/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { roleLabel } from '../i18n/terms.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { EmptyState, ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { buildTree } from '../units/tree.ts';
import { UnitTree } from '../units/UnitTree.tsx';

/** The landing page for every role: the municipality, key figures and the organisation tree. */
export function OverviewPage() {
  const { t, format } = useI18n();
  const me = useMe();
  const isAdmin = me.user.role === 'admin';

  const loadUnits = useCallback((signal: AbortSignal) => unitsApi.list(true, { signal }), []);
  const units = useAsync(loadUnits);
  // Only admins may list users; for others the figure is simply not shown.
  const loadUsers = useCallback(
    (signal: AbortSignal) => (isAdmin ? usersApi.list({ signal }) : Promise.resolve(null)),
    [isAdmin],
  );
  const users = useAsync(loadUsers);

  const active = useMemo(() => (units.data ?? []).filter((u) => !u.archivedAt), [units.data]);
  const tree = useMemo(() => buildTree(active), [active]);
  const archivedCount = (units.data?.length ?? 0) - active.length;

  const figures: { label: string; value: number }[] = [
    { label: t('overview.count.units'), value: active.length },
    { label: t('overview.count.entrances'), value: active.filter((u) => u.isEntrance).length },
  ];
  if (users.data)
    figures.push({ label: t('overview.count.users'), value: users.data.filter((u) => u.active).length });
  if (isAdmin) figures.push({ label: t('overview.count.archived'), value: archivedCount });

  return (
    <>
      <PageHeader
        title={me.municipality.name}
        intro={t('overview.intro', { municipality: me.municipality.name })}
      >
        <p className="page-meta">
          {t(`overview.country.${me.municipality.country}`)} ·{' '}
          {t('overview.yourRole', { role: roleLabel(t, me.user.role) })}
        </p>
      </PageHeader>

      <section aria-labelledby="figures-title" className="section">
        <h2 id="figures-title">{t('overview.countsTitle')}</h2>
        {units.error ? (
          <ErrorMessage error={units.error} onRetry={units.reload} />
        ) : units.loading && !units.data ? (
          <Loading />
        ) : (
          <dl className="figures">
            {figures.map((figure) => (
              <div key={figure.label} className="figure">
                <dt>{figure.label}</dt>
                <dd>{format.number(figure.value)}</dd>
              </div>
            ))}
          </dl>
        )}
        <p className="note">{t('overview.minGroupSize', { count: me.municipality.minGroupSize })}</p>
      </section>

      <section aria-labelledby="tree-title" className="section">
        <h2 id="tree-title">{t('overview.treeTitle')}</h2>
        {units.loading && !units.data ? null : units.error ? null : tree.roots.length === 0 ? (
          <EmptyState action={isAdmin ? <Link to="/units">{t('overview.emptyTreeAdmin')}</Link> : undefined}>
            {t('overview.emptyTree')}
          </EmptyState>
        ) : (
          <UnitTree roots={tree.roots} country={me.municipality.country} label={t('units.treeLabel')} />
        )}
      </section>
    </>
  );
}
