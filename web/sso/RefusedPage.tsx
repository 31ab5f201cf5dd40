import { Link, useParams, useSearchParams } from 'wouter';
import { REFUSAL_REASONS, type RefusalReason } from '../../shared/sso/refusal.ts';
import { LanguageSwitcher } from '../app/LanguageSwitcher.tsx';
import { Footer } from '../app/Layout.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';

const isReason = (value: string | null): value is RefusalReason =>
  (REFUSAL_REASONS as readonly string[]).includes(value ?? '');

/** Where a refused provider sign-in lands: says why, in plain words, and links back to sign-in. */
export function RefusedPage() {
  const { t } = useI18n();
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const given = params.get('reason');
  const reason: RefusalReason = isReason(given) ? given : 'failed';
  return (
    <div className="login-shell">
      <header className="login-top">
        <span className="brand">
          <span className="brand-logo" aria-hidden="true" />
          <span className="brand-name">{t('app.name')}</span>
        </span>
        <LanguageSwitcher />
      </header>
      <main id="main" className="login-main" tabIndex={-1}>
        <div className="card login-card">
          <PageHeader title={t('sso.refused.title')} />
          <div className="alert alert-error" role="alert">
            <p>{t(`sso.refused.${reason}`)}</p>
          </div>
          <p>
            <Link to={`/login/${encodeURIComponent(slug)}`}>{t('sso.refused.tryAgain')}</Link>
          </p>
        </div>
      </main>
      <Footer />
    </div>
  );
}
