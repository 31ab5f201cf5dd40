import { useCallback } from 'react';
import { Link, useParams, useSearchParams } from 'wouter';
import { emptyJourney } from '../../shared/journey/index.ts';
import { unitsApi } from '../api/endpoints.ts';
import { useAuth } from '../app/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { journeysApi } from './api.ts';
import { JourneyEditor } from './JourneyEditor.tsx';
import './journeys.css';

/** `/journeys/new` and `/journeys/:id[?version=n]`: loads the journey and the units, then edits. */
export function JourneyEditorPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const { t } = useI18n();
  const { state } = useAuth();
  const version = Number(search.get('version')) || undefined;
  const load = useCallback(
    async (signal: AbortSignal) => {
      const [detail, units] = await Promise.all([
        id === undefined
          ? Promise.resolve(null)
          : version
            ? journeysApi.getVersion(id, version)
            : journeysApi.get(id, { signal }),
        unitsApi.list(false, { signal }),
      ]);
      return { detail, units };
    },
    [id, version],
  );
  const { data, error, loading, reload } = useAsync(load);
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (loading || !data) return <Loading />;
  const role = state.status === 'authenticated' ? state.me.user.role : 'viewer';
  const detail = data.detail;
  const mayAnalyse = role === 'admin' || role === 'analyst';
  return (
    <>
      {detail && mayAnalyse && (
        <p className="journey-actual-link">
          <Link to={`/journeys/${detail.id}/actual?version=${detail.version}`}>{t('actual.link')}</Link>
        </p>
      )}
      <JourneyEditor
        key={`${detail?.id ?? 'new'}-${detail?.version ?? 0}`}
        detail={detail}
        initial={
          detail?.journey ?? {
            ...emptyJourney(t('journeys.editor.defaultTitle')),
            // Staff may only save journeys of their own units, so a new one starts in the first of them.
            ownerUnitId: state.status === 'authenticated' ? (state.me.user.unitIds[0] ?? null) : null,
          }
        }
        units={data.units}
        readOnly={detail ? !detail.canEdit || version !== undefined : role === 'viewer'}
      />
    </>
  );
}
