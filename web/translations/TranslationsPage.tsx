import { type FormEvent, useCallback, useState } from 'react';
import { Link } from 'wouter';
import { ApiError } from '../api/errors.ts';
import { useMe } from '../app/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { TextField } from '../ui/Field.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { Badge, ErrorMessage, Loading } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { type LanguagesResponse, translationsApi } from './api.ts';
import { mayTranslate } from './view.ts';

/**
 * The municipality's survey languages with their progress (translated of all texts, and how many are
 * validated, reviewed, unreviewed), and a form to add a language by its BCP 47 tag.
 */
export function TranslationsPage() {
  const { t, format } = useI18n();
  const me = useMe();
  const state = useAsync<LanguagesResponse>(useCallback((signal) => translationsApi.languages(signal), []));
  const n = (v: number) => format.number(v, 0);

  if (state.loading && !state.data) return <Loading />;
  if (!state.data) return <ErrorMessage error={state.error} onRetry={state.reload} />;
  return (
    <>
      <PageHeader title={t('translations.title')} intro={t('translations.intro')} />
      <section className="card" aria-labelledby="languages-title">
        <h2 id="languages-title">{t('translations.languages')}</h2>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('translations.col.language')}</th>
                <th scope="col">{t('translations.col.progress')}</th>
                <th scope="col">{t('translations.col.validated')}</th>
                <th scope="col">{t('translations.col.reviewed')}</th>
                <th scope="col">{t('translations.col.unreviewed')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {state.data.languages.map((l) => (
                <tr key={l.tag} data-lang={l.tag}>
                  <th scope="row">
                    {l.name}{' '}
                    <span lang={l.tag} dir={l.dir} className="muted">
                      {l.ownName}
                    </span>{' '}
                    <code>{l.tag}</code> {l.builtin && <Badge>{t('translations.builtin')}</Badge>}
                  </th>
                  <td className="translation-progress">
                    {t('translations.progress', {
                      translated: n(l.progress.translated),
                      total: n(l.progress.total),
                    })}{' '}
                    <progress
                      max={l.progress.total}
                      value={l.progress.translated}
                      aria-label={`${l.name}: ${t('translations.col.progress')}`}
                    />
                  </td>
                  <td>{n(l.progress.validated)}</td>
                  <td>{n(l.progress.reviewed)}</td>
                  <td>{n(l.progress.unreviewed)}</td>
                  <td>
                    <Link to={`/translations/${encodeURIComponent(l.tag)}`}>
                      {t('translations.open')}
                      <span className="visually-hidden"> {l.name}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {mayTranslate(me.user.role) ? (
        <AddLanguage onAdded={state.reload} />
      ) : (
        <p className="muted">{t('translations.readOnly')}</p>
      )}
    </>
  );
}

/** Adds a language by tag; the server checks and canonicalises it (`PL` → `pl`). */
function AddLanguage({ onAdded }: { onAdded: () => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const [tag, setTag] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { language } = await translationsApi.addLanguage(tag);
      toast({
        message: t('translations.add.done', { name: language.name, tag: language.tag }),
        tone: 'success',
      });
      setTag('');
      onAdded();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = error instanceof ApiError ? error.fieldMessage('tag') : undefined;
  return (
    <section className="card" aria-labelledby="add-language-title">
      <h2 id="add-language-title">{t('translations.add.title')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('translations.add.label')}
          hint={t('translations.add.hint')}
          error={fieldError}
          value={tag}
          onChange={(e) => setTag(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          maxLength={35}
        />
        {error !== null && fieldError === undefined && <ErrorMessage error={error} />}
        <button type="submit" className="btn btn-primary" disabled={busy || tag.trim() === ''}>
          {t('translations.add.submit')}
        </button>
      </form>
    </section>
  );
}
