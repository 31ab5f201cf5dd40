import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { TextField } from '../../ui/Field.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { problemCounts } from '../board/counts.ts';
import '../improvement.css';
import { BackLink } from '../ui/BackLink.tsx';
import { useMayRecord } from '../useMayRecord.ts';
import { IdeaCard } from './IdeaCard.tsx';
import { useIdeas } from './useIdeas.ts';

/**
 * The projected view for a resource group: problems with their evidence counts beside the ideas, large
 * type, and a capture line so the facilitator can type ideas as they are said.
 */
export function WorkshopPage() {
  const { t } = useI18n();
  const { ideas, problems, vote, create } = useIdeas();
  const [title, setTitle] = useState('');
  const [by, setBy] = useState('');
  const mayRecord = useMayRecord();
  const capture = async (event: FormEvent) => {
    event.preventDefault();
    await create({ title, professions: by.trim() ? [by.trim()] : [] });
    setTitle('');
  };
  return (
    <div className="improvement-workshop">
      <BackLink />
      <PageHeader title={t('improvement.workshop.title')} intro={t('improvement.workshop.intro')} />
      {mayRecord && (
        <form className="improvement-actions section" onSubmit={capture}>
          <TextField
            label={t('improvement.workshop.capture')}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={200}
          />
          <TextField
            label={t('improvement.workshop.by')}
            optional
            value={by}
            onChange={(e) => setBy(e.target.value)}
          />
          <button type="submit" className="btn btn-primary">
            {t('improvement.workshop.add')}
          </button>
        </form>
      )}
      <div className="split">
        <section className="section" aria-labelledby="ws-problems">
          <h2 id="ws-problems">{t('improvement.board.title')}</h2>
          <ul className="improvement-ideas">
            {problems.map((p) => (
              <li key={p.id} className="improvement-idea">
                <h3>{p.title}</h3>
                <p className="muted">{problemCounts(t, p.counts)}</p>
              </li>
            ))}
          </ul>
        </section>
        <section className="section" aria-labelledby="ws-ideas">
          <h2 id="ws-ideas">{t('improvement.ideas.title')}</h2>
          <ul className="improvement-ideas">
            {(ideas.data ?? []).map((idea) => (
              <IdeaCard key={idea.id} idea={idea} problems={problems} onVote={vote} />
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
