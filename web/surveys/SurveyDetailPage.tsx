import { useCallback, useState } from 'react';
import { Link, useParams } from 'wouter';
import { useMe } from '../app/AuthProvider.tsx';
import { EmbedPanel } from '../citizen-settings/EmbedPanel.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { Badge, ErrorMessage, Loading } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { surveysApi } from './api.ts';
import { CreateSurveyForm } from './CreateSurveyForm.tsx';
import { FreeTextPanel } from './FreeTextPanel.tsx';
import { KioskPanel } from './KioskPanel.tsx';
import { LinksPanel } from './LinksPanel.tsx';
import { PreviewPanel } from './PreviewPanel.tsx';
import { SmileyPanel } from './SmileyPanel.tsx';
import { StatsPanel } from './StatsPanel.tsx';
import './surveys.css';

/** One survey: status and life cycle, links and QR codes, responses per day and channel, free text, exports, kiosks. */
export function SurveyDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const toast = useToast();
  const me = useMe();
  const load = useCallback((signal: AbortSignal) => surveysApi.get(id, { signal }), [id]);
  const survey = useAsync(load);
  const [error, setError] = useState<unknown>(undefined);
  const [editing, setEditing] = useState(false);
  const mayManage = me.user.role === 'admin' || me.user.role === 'analyst';

  const run = async (action: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(e);
    }
  };

  if (survey.loading && !survey.data) return <Loading />;
  if (!survey.data) return <ErrorMessage error={survey.error} onRetry={survey.reload} />;
  const s = survey.data;
  return (
    <>
      <p>
        <Link to="/surveys">← {t('surveys.back')}</Link>
      </p>
      <PageHeader title={s.title}>
        <p>
          <Badge tone={s.status === 'open' ? 'info' : 'neutral'}>{t(`surveys.status.${s.status}`)}</Badge>{' '}
          {t('surveys.col.version')} {s.version} · {t(`surveys.mode.${s.mode}`)}
        </p>
      </PageHeader>
      {error !== undefined && <ErrorMessage error={error} />}
      {mayManage && editing && s.status === 'draft' && (
        <CreateSurveyForm
          key={s.id}
          draft={s}
          onSaved={(saved) => {
            survey.setData(saved);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
      {mayManage && !editing && (
        <div className="row-actions">
          {s.status === 'draft' && s.mode !== 'pulse' && (
            <button type="button" className="btn btn-secondary" onClick={() => setEditing(true)}>
              {t('surveys.edit')}
            </button>
          )}
          {s.status === 'draft' && (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => run(async () => survey.setData(await surveysApi.transition(s.id, 'open')))}
            >
              {t('surveys.open')}
            </button>
          )}
          {s.status === 'open' && (
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => run(async () => survey.setData(await surveysApi.transition(s.id, 'close')))}
            >
              {t('surveys.close')}
            </button>
          )}
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() =>
              run(async () =>
                toast({
                  message: t('surveys.versionCreated', {
                    version: (await surveysApi.newVersion(s.id)).version,
                  }),
                }),
              )
            }
          >
            {t('surveys.newVersion')}
          </button>
        </div>
      )}
      {s.status !== 'draft' && <p className="muted">{t('surveys.lockedNote')}</p>}
      <LinksPanel surveyId={s.id} publicPath={s.publicPath} unitIds={s.unitIds} />
      <PreviewPanel surveyId={s.id} title={s.title} />
      <EmbedPanel token={s.publicPath.slice(3)} title={s.title} mode={s.mode} />
      <StatsPanel surveyId={s.id} mayExport={mayManage} />
      {s.mode === 'smiley' && <SmileyPanel surveyId={s.id} unitIds={s.unitIds} mayManage={mayManage} />}
      {mayManage && s.mode !== 'smiley' && <FreeTextPanel surveyId={s.id} />}
      {me.user.role !== 'viewer' && <KioskPanel surveyId={s.id} mayManage={mayManage} />}
    </>
  );
}
