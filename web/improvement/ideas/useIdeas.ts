import { useCallback } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useErrorText } from '../../ui/Status.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { improvementApi } from '../api.ts';
import type { Idea, IdeaStatus } from '../types.ts';

/** Ideas and problems with the actions both the ideas page and the workshop view use. */
export function useIdeas() {
  const { t } = useI18n();
  const toast = useToast();
  const errorText = useErrorText();
  const ideas = useAsync(useCallback((signal: AbortSignal) => improvementApi.ideas({ signal }), []));
  const board = useAsync(useCallback((signal: AbortSignal) => improvementApi.board({ signal }), []));
  const fail = (error: unknown) => toast({ message: errorText(error), tone: 'error' });
  const replace = (idea: Idea) =>
    ideas.setData((list = []) =>
      [...list.map((i) => (i.id === idea.id ? idea : i))].sort((a, b) => b.votes - a.votes),
    );

  return {
    ideas,
    problems: board.data?.problems ?? [],
    vote: (idea: Idea, delta: 1 | -1) => void improvementApi.vote(idea.id, delta).then(replace, fail),
    setStatus: (idea: Idea, status: IdeaStatus) =>
      void improvementApi.updateIdea(idea.id, { status }).then(replace, fail),
    create: async (input: Partial<Idea> & { title: string }) => {
      try {
        const idea = await improvementApi.createIdea(input);
        ideas.setData((list = []) => [...list, idea]);
        toast({ message: t('improvement.ideas.saved', { title: idea.title }) });
      } catch (error) {
        fail(error);
      }
    },
  };
}
