import { type FormEvent, useCallback, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { TextField } from '../../ui/Field.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ErrorMessage, Loading, useErrorText } from '../../ui/Status.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { improvementApi } from '../api.ts';
import { problemCounts } from './counts.ts';
import '../improvement.css';
import type { Evidence } from '../types.ts';
import { BackLink } from '../ui/BackLink.tsx';
import { useMayRecord } from '../useMayRecord.ts';
import { BoardColumn } from './BoardColumn.tsx';
import type { Target } from './EvidenceCard.tsx';
import { ExternalEvidenceForm } from './ExternalEvidenceForm.tsx';
import { useJourneyPainNames } from './useJourneyPainNames.ts';

/** The affinity board: evidence grouped into problems, by drag-and-drop or with the keyboard. */
export function BoardPage() {
  const { t } = useI18n();
  const toast = useToast();
  const errorText = useErrorText();
  const board = useAsync(useCallback((signal: AbortSignal) => improvementApi.board({ signal }), []));
  const [title, setTitle] = useState('');
  const mayRecord = useMayRecord();
  const allEvidence = useMemo(
    () => (board.data ? [...board.data.pool, ...board.data.problems.flatMap((p) => p.evidence)] : []),
    [board.data],
  );
  const sourceOf = useJourneyPainNames(allEvidence);

  const fail = (error: unknown) => toast({ message: errorText(error), tone: 'error' });
  const move = (evidence: Evidence, target: Target) => {
    improvementApi
      .placeEvidence({ kind: evidence.kind, ref: evidence.ref, problemId: target.id })
      .then((next) => {
        board.setData(next);
        toast({ message: t('improvement.board.moved', { target: target.title }) });
      }, fail);
  };
  const create = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await improvementApi.createProblem(title);
      toast({ message: t('improvement.board.created', { title }) });
      setTitle('');
      board.reload();
    } catch (error) {
      fail(error);
    }
  };
  const remove = (id: string) => improvementApi.deleteProblem(id).then(board.reload, fail);

  if (board.error) return <ErrorMessage error={board.error} onRetry={board.reload} />;
  if (!board.data) return <Loading />;
  const { problems, pool } = board.data;
  const targets: Target[] = [
    { id: null, title: t('improvement.board.pool') },
    ...problems.map((p) => ({ id: p.id, title: p.title })),
  ];

  return (
    <>
      <BackLink />
      <PageHeader title={t('improvement.board.title')} intro={t('improvement.board.intro')} />
      {mayRecord && (
        <form className="form improvement-actions section" onSubmit={create}>
          <TextField
            label={t('improvement.board.problemTitle')}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={200}
          />
          <button type="submit" className="btn btn-primary">
            {t('improvement.board.create')}
          </button>
        </form>
      )}
      <div className="improvement-board">
        <BoardColumn
          target={targets[0] as Target}
          evidence={pool}
          targets={targets}
          onMove={move}
          sourceOf={sourceOf}
        />
        {problems.map((p) => (
          <BoardColumn
            key={p.id}
            target={{ id: p.id, title: p.title }}
            evidence={p.evidence}
            targets={targets}
            onMove={move}
            sourceOf={sourceOf}
            header={
              <>
                <p className="muted" data-testid="problem-counts">
                  {problemCounts(t, p.counts)}
                </p>
                <button type="button" className="btn btn-link btn-small" onClick={() => void remove(p.id)}>
                  {t('improvement.board.deleteProblem')}
                </button>
              </>
            }
          />
        ))}
      </div>
      <section className="section">
        <ExternalEvidenceForm
          problems={problems}
          onAdd={(input) => improvementApi.placeEvidence(input).then((next) => board.setData(next), fail)}
        />
      </section>
    </>
  );
}
