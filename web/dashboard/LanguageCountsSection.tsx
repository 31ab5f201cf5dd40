import { useCallback } from 'react';
import { languageNameIn } from '../../shared/languages/tags.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { dashboardApi, type Filters } from './api.ts';
import { statusText } from './format.ts';

/** Smiley presses from before terminals stored their language (server/dashboard/languages.ts). */
const UNKNOWN = 'und';

/** "Svar pr. sprog": answers (survey responses and smiley presses) per language in the scope. */
export function LanguageCountsSection({ filters, minN }: { filters: Filters; minN: number }) {
  const { t, locale } = useI18n();
  const counts = useAsync(
    useCallback((signal: AbortSignal) => dashboardApi.answersByLanguage(filters, { signal }), [filters]),
  );
  if (counts.error) return <ErrorMessage error={counts.error} onRetry={counts.reload} />;
  if (!counts.data) return <Loading />;
  const rows = counts.data.languages;
  if (rows.length === 0) return <p className="note">{t('dashboard.languages.none')}</p>;
  return (
    <div aria-busy={counts.loading}>
      <p className="note">
        {t('dashboard.languages.summary', { count: rows.length })} {t('dashboard.languages.explain')}
      </p>
      <table className="table dash-languages" aria-labelledby="dash-languages">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.languages.language')}</th>
            <th scope="col" className="num">
              {t('dashboard.languages.answers')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.language} data-language={r.language}>
              <th scope="row">
                {r.language === UNKNOWN
                  ? t('dashboard.languages.unknown')
                  : languageNameIn(r.language, locale)}
              </th>
              <td className="num">
                {r.n === null
                  ? statusText(t, r.status, minN)
                  : t('dashboard.languages.count', { count: r.n })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
