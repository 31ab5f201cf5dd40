import { useCallback } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { improvementApi } from '../api.ts';

/** Earlier sessions and the summed hours of observation ("30 hours of observation"). */
export function SessionHistory({ reloadKey }: { reloadKey: number }) {
  const { t, format } = useI18n();
  // biome-ignore lint/correctness/useExhaustiveDependencies: reloadKey asks for a fresh list after a sync.
  const load = useCallback((signal: AbortSignal) => improvementApi.sessions({ signal }), [reloadKey]);
  const { data } = useAsync(load);
  if (!data) return null;
  const hours = (h: number) => format.number(Math.round(h * 10) / 10);
  return (
    <section className="section" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('improvement.observe.sessions')}</h2>
      <p>{t('improvement.observe.totalHours', { hours: hours(data.totalHours) })}</p>
      <ul className="improvement-list">
        {data.sessions.slice(0, 20).map((s) => (
          <li key={s.id}>
            <span className="muted">{format.dateTime(s.startedAt)}</span>{' '}
            {t('improvement.observe.sessionRow', {
              unit: s.unitName,
              place: s.place || '–',
              hours: hours(s.hours),
              count: s.observationCount,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
