import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { PlainKey } from '../../i18n/translate.ts';
import { IDEA_STATUSES, type Idea, type IdeaStatus, type Problem } from '../types.ts';

const LEVEL: Record<number, PlainKey> = {
  1: 'improvement.ideas.level.1',
  2: 'improvement.ideas.level.2',
  3: 'improvement.ideas.level.3',
};

/** One idea with its votes (+/−), rating, professions, problems and status. */
export function IdeaCard({
  idea,
  problems,
  onVote,
  onStatus,
}: {
  idea: Idea;
  problems: Problem[];
  onVote: (idea: Idea, delta: 1 | -1) => void;
  onStatus?: (idea: Idea, status: IdeaStatus) => void;
}) {
  const { t, format } = useI18n();
  const statusId = useId();
  const solved = problems.filter((p) => idea.problemIds.includes(p.id)).map((p) => p.title);
  return (
    <li className="improvement-idea">
      <h3>{idea.title}</h3>
      {idea.description && <p>{idea.description}</p>}
      <p className="muted">
        {t('improvement.ideas.rating', {
          effort: t(LEVEL[idea.effort] ?? 'improvement.ideas.level.2'),
          impact: t(LEVEL[idea.impact] ?? 'improvement.ideas.level.2'),
        })}
        {idea.professions.length > 0 && <> · {format.list(idea.professions)}</>}
      </p>
      {solved.length > 0 && (
        <p>
          {t('improvement.ideas.problems')}: {format.list(solved)}
        </p>
      )}
      <div className="improvement-votes">
        <button
          type="button"
          className="btn btn-secondary btn-small"
          aria-label={t('improvement.ideas.unvote', { title: idea.title })}
          onClick={() => onVote(idea, -1)}
          disabled={idea.votes === 0}
        >
          −
        </button>
        <span aria-live="polite">{t('improvement.ideas.votes', { count: idea.votes })}</span>
        <button
          type="button"
          className="btn btn-primary btn-small"
          aria-label={t('improvement.ideas.vote', { title: idea.title })}
          onClick={() => onVote(idea, 1)}
        >
          +
        </button>
        {onStatus && (
          <>
            <label htmlFor={statusId} className="visually-hidden">
              {t('improvement.ideas.status')}
            </label>
            <select
              id={statusId}
              className="input input-compact"
              value={idea.status}
              onChange={(e) => onStatus(idea, e.target.value as IdeaStatus)}
            >
              {IDEA_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`improvement.ideas.status.${s}`)}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
    </li>
  );
}
