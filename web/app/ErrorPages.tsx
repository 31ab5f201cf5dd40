import { Link } from 'wouter';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';

/** Shown for unknown addresses inside the app. */
export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('notFound.title')} intro={t('notFound.body')} />
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </>
  );
}

/** Shown when a role opens a page it may not use (e.g. by typing the address). */
export function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('forbidden.title')} intro={t('forbidden.body')} />
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </>
  );
}
