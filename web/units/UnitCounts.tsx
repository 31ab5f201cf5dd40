import { useCallback } from 'react';
import { usersApi } from '../api/endpoints.ts';
import type { Unit } from '../api/types.ts';
import { useMe } from '../app/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useAsync } from '../ui/useAsync.ts';

/** The organisation's administrative counts (moved here from the start page). */
export function UnitCounts({ units }: { units: readonly Unit[] }) {
  const { t, format } = useI18n();
  const me = useMe();
  const isAdmin = me.user.role === 'admin';
  // Only admins may list users; for others the figure is simply not shown.
  const loadUsers = useCallback(
    (signal: AbortSignal) => (isAdmin ? usersApi.list({ signal }) : Promise.resolve(null)),
    [isAdmin],
  );
  const users = useAsync(loadUsers);
  const active = units.filter((u) => !u.archivedAt);
  const figures: { label: string; value: number }[] = [
    { label: t('overview.count.units'), value: active.length },
    { label: t('overview.count.entrances'), value: active.filter((u) => u.isEntrance).length },
  ];
  if (users.data)
    figures.push({ label: t('overview.count.users'), value: users.data.filter((u) => u.active).length });
  // Archived units are in the list only while "show archived" is on.
  if (units.length > active.length)
    figures.push({ label: t('overview.count.archived'), value: units.length - active.length });
  return (
    <section aria-labelledby="counts-title" className="section">
      <h2 id="counts-title">{t('overview.countsTitle')}</h2>
      <dl className="figures">
        {figures.map((figure) => (
          <div key={figure.label} className="figure">
            <dt>{figure.label}</dt>
            <dd>{format.number(figure.value)}</dd>
          </div>
        ))}
      </dl>
      <p className="note">{t('overview.minGroupSize', { count: me.municipality.minGroupSize })}</p>
    </section>
  );
}
