import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorMessage, Loading } from '../ui/Status.tsx';
import { type FreeTextAnswer as Answer, surveysApi } from './api.ts';

/** The screened free-text answers, loaded on request (refused by the server below the free-text minimum). */
export function FreeTextPanel({ surveyId }: { surveyId: string }) {
  const { t, format } = useI18n();
  const [answers, setAnswers] = useState<Answer[] | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(false);
  const show = async () => {
    setLoading(true);
    setError(undefined);
    try {
      setAnswers(await surveysApi.freeText(surveyId));
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };
  return (
    <section aria-labelledby="free-text">
      <h2 id="free-text">{t('surveys.freeText')}</h2>
      {answers === null && (
        <button type="button" className="btn btn-secondary" onClick={show} disabled={loading}>
          {t('surveys.freeTextShow')}
        </button>
      )}
      {loading && <Loading />}
      {error !== undefined && <ErrorMessage error={error} />}
      {answers?.length === 0 && <p>{t('surveys.freeTextEmpty')}</p>}
      {answers && answers.length > 0 && (
        <ul className="free-text">
          {answers.map((a, i) => (
            // Answers have no id of their own on purpose; their order is stable for one load.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i}>
              <blockquote>{a.body}</blockquote>
              <p className="muted">
                {a.itemId} · {format.dateTime(a.hour)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
