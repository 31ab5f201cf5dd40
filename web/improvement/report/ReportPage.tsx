import { useCallback, useEffect, useId, useState } from 'react';
import { useParams } from 'wouter';
import type { Locale } from '../../../shared/indicators/types.ts';
import { useMe } from '../../app/AuthProvider.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorMessage, Loading, useErrorText } from '../../ui/Status.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { improvementApi, reportUrls } from '../api.ts';
import '../improvement.css';
import { BackLink } from '../ui/BackLink.tsx';
import { ReportView } from './ReportView.tsx';

/** The printable evaluation report, with download in da/nb/en and a revocable public link. */
export function ReportPage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const me = useMe();
  const toast = useToast();
  const errorText = useErrorText();
  const langId = useId();
  const [lang, setLang] = useState<Locale>(locale);
  const report = useAsync(
    useCallback((signal: AbortSignal) => improvementApi.evaluation(id, lang, { signal }), [id, lang]),
  );
  const initiative = useAsync(
    useCallback((signal: AbortSignal) => improvementApi.initiative(id, { signal }), [id]),
  );
  const mayShare = me.user.role === 'admin' || me.user.role === 'analyst';
  const token = initiative.data?.shareToken ?? null;

  useEffect(() => {
    if (report.data) document.title = `${report.data.initiative.title} – ${t('app.name')}`;
  }, [report.data, t]);

  const share = (on: boolean) =>
    improvementApi
      .share(id, on)
      .then(initiative.setData, (error: unknown) => toast({ message: errorText(error), tone: 'error' }));

  return (
    <>
      <BackLink />
      <section className="improvement-actions section" aria-label={t('improvement.report.actions')}>
        <div className="field">
          <label className="field-label" htmlFor={langId}>
            {t('improvement.report.language')}
          </label>
          <select
            id={langId}
            className="input"
            value={lang}
            onChange={(e) => setLang(e.target.value as Locale)}
          >
            <option value="da">Dansk</option>
            <option value="nb">Norsk (bokmål)</option>
            <option value="en">English</option>
          </select>
        </div>
        <button type="button" className="btn btn-secondary" onClick={() => window.print()}>
          {t('improvement.report.print')}
        </button>
        <a className="btn btn-secondary" href={reportUrls.download(id, lang)} download>
          {t('improvement.report.download')}
        </a>
        {mayShare && (
          <button type="button" className="btn btn-secondary" onClick={() => void share(token === null)}>
            {token === null ? t('improvement.report.share') : t('improvement.report.revoke')}
          </button>
        )}
      </section>
      <p className="improvement-actions" role="status">
        {token ? (
          <>
            {t('improvement.report.shared')}{' '}
            <a href={reportUrls.public(token, lang)} data-testid="public-link">
              {reportUrls.public(token, lang)}
            </a>
          </>
        ) : (
          t('improvement.report.notShared')
        )}
      </p>
      {report.error ? (
        <ErrorMessage error={report.error} onRetry={report.reload} />
      ) : report.data ? (
        <ReportView r={report.data} />
      ) : (
        <Loading />
      )}
    </>
  );
}
