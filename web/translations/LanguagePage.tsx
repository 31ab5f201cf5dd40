import { useCallback, useState } from 'react';
import { Link, useParams } from 'wouter';
import { languageNameIn } from '../../shared/languages/tags.ts';
import { useMe } from '../app/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { CheckboxField } from '../ui/Field.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { type TextsResponse, type TranslationEntry, translationsApi } from './api.ts';
import { FilesPanel } from './FilesPanel.tsx';
import { TextRow } from './TextRow.tsx';
import { mayTranslate, pageOf, visibleEntries } from './view.ts';
import './translations.css';

/**
 * One language's texts side by side with the source: filter to the missing ones, page through the
 * list, save a text with its status; export and import the whole language as a file.
 */
export function LanguagePage() {
  const { lang = '' } = useParams();
  const { t, locale, format } = useI18n();
  const me = useMe();
  const state = useAsync<TextsResponse>(useCallback((signal) => translationsApi.texts(lang, signal), [lang]));
  const [missingOnly, setMissingOnly] = useState(false);
  const [page, setPage] = useState(1);
  const name = languageNameIn(lang, locale);
  const canEdit = mayTranslate(me.user.role);

  if (state.loading && !state.data) return <Loading />;
  if (!state.data) return <ErrorMessage error={state.error} onRetry={state.reload} />;
  const data = state.data;
  const entries = data.texts;
  const count = (s: TranslationEntry['status']) =>
    entries.filter((e) => e.text !== null && e.status === s).length;
  const translated = entries.filter((e) => e.text !== null).length;
  const shown = visibleEntries(entries, missingOnly);
  const view = pageOf(shown, page);
  const replace = (saved: TranslationEntry) =>
    state.setData({ ...data, texts: entries.map((e) => (e.key === saved.key ? saved : e)) });
  const n = (v: number) => format.number(v, 0);

  return (
    <>
      <PageHeader title={t('translations.editTitle', { name })}>
        <Link to="/translations">{t('translations.back')}</Link>
      </PageHeader>
      <section className="card" aria-labelledby="progress-title">
        <h2 id="progress-title" className="visually-hidden">
          {t('translations.col.progress')}
        </h2>
        <p role="status" data-testid="translation-summary">
          {t('translations.summary', { count: entries.length, translated: n(translated) })}
        </p>
        <p className="muted">
          {t('translations.statusCounts', {
            validated: n(count('validated')),
            reviewed: n(count('reviewed')),
            unreviewed: n(count('unreviewed')),
          })}
        </p>
        {!canEdit && <p className="muted">{t('translations.readOnly')}</p>}
      </section>
      <FilesPanel lang={data.language} canEdit={canEdit} onImported={state.reload} />
      <section className="card" aria-labelledby="texts-title">
        <h2 id="texts-title">{t('translations.col.translation')}</h2>
        <CheckboxField
          label={t('translations.missingOnly')}
          checked={missingOnly}
          onChange={(e) => {
            setMissingOnly(e.target.checked);
            setPage(1);
          }}
        />
        <p aria-live="polite">{t('translations.shown', { count: shown.length })}</p>
        {shown.length === 0 ? (
          <p>{t('translations.none')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table translation-table">
              <caption className="visually-hidden">
                {t('translations.textsCaption', { source: languageNameIn(data.source, locale) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('translations.col.key')}</th>
                  <th scope="col">{t('translations.col.source')}</th>
                  <th scope="col">{t('translations.col.translation')}</th>
                  <th scope="col">{t('translations.col.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.items.map((e) => (
                  <TextRow
                    key={`${e.key}|${e.text ?? ''}|${e.status ?? ''}`}
                    lang={data.language}
                    dir={data.dir}
                    source={data.source}
                    entry={e}
                    canEdit={canEdit}
                    onSaved={replace}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
        {view.pages > 1 && (
          <nav className="translation-pager" aria-label={t('translations.paging')}>
            <button
              type="button"
              className="btn btn-secondary"
              disabled={view.page <= 1}
              onClick={() => setPage(view.page - 1)}
            >
              {t('translations.prev')}
            </button>
            <span aria-current="page">{t('translations.page', { page: view.page, pages: view.pages })}</span>
            <button
              type="button"
              className="btn btn-secondary"
              disabled={view.page >= view.pages}
              onClick={() => setPage(view.page + 1)}
            >
              {t('translations.next')}
            </button>
          </nav>
        )}
      </section>
    </>
  );
}
