import { useCallback } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { EmptyState, ErrorMessage, Loading } from '../../ui/Status.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { improvementApi } from '../api.ts';
import '../improvement.css';
import { BackLink } from '../ui/BackLink.tsx';
import { useMayRecord } from '../useMayRecord.ts';
import { useUnits } from '../useUnits.ts';
import { InterviewForm } from './InterviewForm.tsx';

/** Interviews with citizens, relatives and employees, with their quotes. */
export function InterviewsPage() {
  const { t, format } = useI18n();
  const toast = useToast();
  const units = useUnits();
  const mayRecord = useMayRecord();
  const list = useAsync(useCallback((signal: AbortSignal) => improvementApi.interviews({ signal }), []));

  const save = async (input: Parameters<typeof improvementApi.createInterview>[0]) => {
    const created = await improvementApi.createInterview(input);
    list.setData((l = []) => [created, ...l]);
    toast({ message: t('improvement.interviews.saved') });
  };
  const remove = async (id: string) => {
    await improvementApi.deleteInterview(id);
    list.setData((l = []) => l.filter((i) => i.id !== id));
    toast({ message: t('improvement.interviews.deleted') });
  };

  return (
    <>
      <BackLink />
      <PageHeader title={t('improvement.interviews.title')} intro={t('improvement.interviews.intro')} />
      <div className="split">
        <section className="section" aria-labelledby="interview-list">
          <h2 id="interview-list" className="visually-hidden">
            {t('improvement.interviews.title')}
          </h2>
          {list.error ? (
            <ErrorMessage error={list.error} onRetry={list.reload} />
          ) : !list.data ? (
            <Loading />
          ) : list.data.length === 0 ? (
            <EmptyState>{t('improvement.interviews.empty')}</EmptyState>
          ) : (
            list.data.map((i) => (
              <article key={i.id} className="card">
                <h3>
                  {t(`improvement.interviews.role.${i.role}`)}
                  {i.profession ? `, ${i.profession}` : ''} · {format.date(i.heldAt)}
                </h3>
                {i.unitName && <p className="muted">{i.unitName}</p>}
                {i.notes && <p>{i.notes}</p>}
                {i.quotes.map((q) => (
                  <blockquote key={q.id}>»{q.body}«</blockquote>
                ))}
                <button
                  type="button"
                  className="btn btn-danger-outline btn-small"
                  onClick={() => void remove(i.id)}
                >
                  {t('improvement.interviews.delete')}
                </button>
              </article>
            ))
          )}
        </section>
        <div className="split-side">{mayRecord && <InterviewForm units={units} onSave={save} />}</div>
      </div>
    </>
  );
}
