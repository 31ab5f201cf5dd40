import { type FormEvent, useCallback, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { EmptyState, ErrorMessage, Loading, useErrorText } from '../../ui/Status.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { improvementApi } from '../api.ts';
import '../improvement.css';
import { BackLink } from '../ui/BackLink.tsx';
import { TextAreaField } from '../ui/TextAreaField.tsx';
import { useMayRecord } from '../useMayRecord.ts';

/** The good-advice library: tested practices with what, why and evidence, linked to their initiative. */
export function AdvicePage() {
  const { t } = useI18n();
  const toast = useToast();
  const errorText = useErrorText();
  const list = useAsync(useCallback((signal: AbortSignal) => improvementApi.advice({ signal }), []));
  const initiatives = useAsync(
    useCallback((signal: AbortSignal) => improvementApi.initiatives({ signal }), []),
  );
  const [v, setV] = useState({ title: '', what: '', why: '', evidence: '', initiativeId: '' });
  const mayRecord = useMayRecord();
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) => {
    const value = e.target.value;
    setV((old) => ({ ...old, [key]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const advice = await improvementApi.createAdvice({ ...v, initiativeId: v.initiativeId || null });
      list.setData((l = []) => [advice, ...l]);
      setV({ title: '', what: '', why: '', evidence: '', initiativeId: '' });
      toast({ message: t('improvement.advice.saved') });
    } catch (error) {
      toast({ message: errorText(error), tone: 'error' });
    }
  };

  return (
    <>
      <BackLink />
      <PageHeader title={t('improvement.advice.title')} intro={t('improvement.advice.intro')} />
      <div className="split">
        <section className="section" aria-label={t('improvement.advice.title')}>
          {list.error ? (
            <ErrorMessage error={list.error} onRetry={list.reload} />
          ) : !list.data ? (
            <Loading />
          ) : list.data.length === 0 ? (
            <EmptyState>{t('improvement.advice.empty')}</EmptyState>
          ) : (
            list.data.map((a) => (
              <article key={a.id} className="card">
                <h2>{a.title}</h2>
                <p>{a.what}</p>
                {a.why && (
                  <p>
                    <strong>{t('improvement.advice.why')}:</strong> {a.why}
                  </p>
                )}
                {a.evidence && (
                  <p>
                    <strong>{t('improvement.advice.evidence')}:</strong> {a.evidence}
                  </p>
                )}
                {a.initiativeTitle && (
                  <p className="muted">{t('improvement.advice.from', { title: a.initiativeTitle })}</p>
                )}
              </article>
            ))
          )}
        </section>
        {mayRecord && (
          <form className="form split-side" onSubmit={submit} aria-labelledby="new-advice">
            <h2 id="new-advice">{t('improvement.advice.new')}</h2>
            <TextField
              label={t('improvement.advice.adviceTitle')}
              value={v.title}
              onChange={set('title')}
              maxLength={200}
            />
            <TextAreaField label={t('improvement.advice.what')} value={v.what} onChange={set('what')} />
            <TextAreaField label={t('improvement.advice.why')} optional value={v.why} onChange={set('why')} />
            <TextAreaField
              label={t('improvement.advice.evidence')}
              optional
              value={v.evidence}
              onChange={set('evidence')}
            />
            <SelectField
              label={t('improvement.advice.initiative')}
              value={v.initiativeId}
              onChange={set('initiativeId')}
            >
              <option value="">{t('improvement.none')}</option>
              {(initiatives.data ?? []).map((i) => (
                <option key={i.id} value={i.id}>
                  {i.title}
                </option>
              ))}
            </SelectField>
            <button type="submit" className="btn btn-primary">
              {t('improvement.advice.save')}
            </button>
          </form>
        )}
      </div>
    </>
  );
}
