import { useI18n } from '../../i18n/I18nProvider.tsx';
import { PagedControls, usePaged } from '../../ui/Paged.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { EmptyState, ErrorMessage, Loading } from '../../ui/Status.tsx';
import '../improvement.css';
import { BackLink } from '../ui/BackLink.tsx';
import { useMayRecord } from '../useMayRecord.ts';
import { IdeaCard } from './IdeaCard.tsx';
import { IdeaForm } from './IdeaForm.tsx';
import { useIdeas } from './useIdeas.ts';

/** Ideas linked to problems, proposed across professions, with ratings, votes and status. */
export function IdeasPage() {
  const { t } = useI18n();
  const { ideas, problems, vote, setStatus, create } = useIdeas();
  const mayRecord = useMayRecord();
  const paged = usePaged(ideas.data ?? []);
  return (
    <>
      <BackLink />
      <PageHeader title={t('improvement.ideas.title')} intro={t('improvement.ideas.intro')} />
      <div className="split">
        <section className="section" aria-label={t('improvement.ideas.title')}>
          {ideas.error ? (
            <ErrorMessage error={ideas.error} onRetry={ideas.reload} />
          ) : !ideas.data ? (
            <Loading />
          ) : ideas.data.length === 0 ? (
            <EmptyState>{t('improvement.ideas.empty')}</EmptyState>
          ) : (
            <>
              <ul className="improvement-ideas">
                {paged.rows.map((idea) => (
                  <IdeaCard
                    key={idea.id}
                    idea={idea}
                    problems={problems}
                    onVote={vote}
                    onStatus={setStatus}
                  />
                ))}
              </ul>
              <PagedControls paged={paged} label={t('improvement.ideas.title')} />
            </>
          )}
        </section>
        <div className="split-side">{mayRecord && <IdeaForm problems={problems} onSave={create} />}</div>
      </div>
    </>
  );
}
