import { useCallback } from 'react';
import { Link } from 'wouter';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { PagedControls, usePaged } from '../../ui/Paged.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { EmptyState, ErrorMessage, Loading, useErrorText } from '../../ui/Status.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { improvementApi } from '../api.ts';
import '../improvement.css';
import type { Initiative, InitiativeInput } from '../types.ts';
import { BackLink } from '../ui/BackLink.tsx';
import { useMayRecord } from '../useMayRecord.ts';
import { useUnits } from '../useUnits.ts';
import { InitiativeForm } from './InitiativeForm.tsx';
import { ResultsForm } from './ResultsForm.tsx';

/** Initiatives with their test period and status; starting one fixes its criteria. */
export function InitiativesPage() {
  const { t, format } = useI18n();
  const toast = useToast();
  const errorText = useErrorText();
  const units = useUnits();
  const mayRecord = useMayRecord();
  const list = useAsync(useCallback((signal: AbortSignal) => improvementApi.initiatives({ signal }), []));
  const ideas = useAsync(useCallback((signal: AbortSignal) => improvementApi.ideas({ signal }), []));
  const paged = usePaged(list.data ?? []);
  const fail = (error: unknown) => toast({ message: errorText(error), tone: 'error' });
  const replace = (i: Initiative) => list.setData((l = []) => l.map((x) => (x.id === i.id ? i : x)));

  const save = async (input: InitiativeInput) => {
    try {
      const created = await improvementApi.createInitiative(input);
      list.setData((l = []) => [created, ...l]);
      toast({ message: t('improvement.initiatives.saved', { title: created.title }) });
    } catch (error) {
      fail(error);
    }
  };
  const saved = (i: Initiative) => {
    replace(i);
    toast({ message: t('improvement.initiatives.saved', { title: i.title }) });
  };
  const start = (i: Initiative) => {
    if (window.confirm(t('improvement.initiatives.startConfirm')))
      improvementApi.startInitiative(i.id).then(replace, fail);
  };

  return (
    <>
      <BackLink />
      <PageHeader title={t('improvement.initiatives.title')} intro={t('improvement.initiatives.intro')} />
      <div className="split">
        <section className="section" aria-label={t('improvement.initiatives.title')}>
          {list.error ? (
            <ErrorMessage error={list.error} onRetry={list.reload} />
          ) : !list.data ? (
            <Loading />
          ) : list.data.length === 0 ? (
            <EmptyState>{t('improvement.initiatives.empty')}</EmptyState>
          ) : (
            <>
              {paged.rows.map((i) => (
                <article key={i.id} className="card">
                  <h2>{i.title}</h2>
                  <p>
                    {t('improvement.initiatives.period', {
                      start: format.date(i.testStart),
                      end: format.date(i.testEnd),
                    })}
                  </p>
                  <p className="muted">
                    {i.startedAt
                      ? t('improvement.initiatives.started', { date: format.date(i.startedAt) })
                      : t('improvement.initiatives.planned')}
                  </p>
                  <div className="improvement-actions">
                    <Link className="btn btn-secondary" to={`/improvement/initiatives/${i.id}/report`}>
                      {t('improvement.initiatives.report')}: {i.title}
                    </Link>
                    {!i.startedAt && (
                      <button type="button" className="btn btn-primary" onClick={() => start(i)}>
                        {t('improvement.initiatives.start')}
                      </button>
                    )}
                  </div>
                  <ResultsForm
                    initiative={i}
                    onSave={(patch) => improvementApi.updateInitiative(i.id, patch).then(saved, fail)}
                  />
                </article>
              ))}
              <PagedControls paged={paged} label={t('improvement.initiatives.title')} />
            </>
          )}
        </section>
        <div className="split-side">
          {mayRecord && <InitiativeForm units={units} ideas={ideas.data ?? []} onSave={save} />}
        </div>
      </div>
    </>
  );
}
