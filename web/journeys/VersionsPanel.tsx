import { useCallback } from 'react';
import { Link } from 'wouter';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { journeysApi } from './api.ts';

/** The version history with links to show a version and to compare it with the version shown. */
export function VersionsPanel({
  journeyId,
  shown,
  savedCount,
}: {
  journeyId: string;
  shown: number;
  savedCount: number;
}) {
  const { t, format } = useI18n();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `savedCount` reloads the list after a save.
  const load = useCallback(
    (signal: AbortSignal) => journeysApi.versions(journeyId, { signal }),
    [journeyId, savedCount],
  );
  const { data, error, loading, reload } = useAsync(load);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  return (
    <ol className="journey-versions" data-testid="journey-versions">
      {(data ?? []).map((v) => (
        <li key={v.version}>
          <strong>{t('journeys.editor.version', { version: v.version })}</strong> ·{' '}
          {t(`journeys.status.${v.status}`)} ·{' '}
          {t('journeys.versions.by', { date: format.dateTime(v.createdAt), name: v.createdByName ?? '–' })}
          {v.note && <> · {v.note}</>} · {t('journeys.metric.handovers')}:{' '}
          {format.number(v.metrics.handovers)}{' '}
          {v.version !== shown && (
            <>
              <Link to={`/journeys/${journeyId}?version=${v.version}`}>
                {t('journeys.versions.open', { version: v.version })}
              </Link>{' '}
              ·{' '}
              <Link
                to={`/journeys/compare?before=${journeyId}&beforeVersion=${v.version}&after=${journeyId}&afterVersion=${shown}`}
              >
                {t('journeys.versions.compare')}
              </Link>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
