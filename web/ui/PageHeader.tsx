import { type ReactNode, useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

/**
 * The page's single `<h1>` and the document title. The h1 has id `page-title` and tabIndex -1 so the shell
 * can move focus to it after client-side navigation, as a screen reader user would expect from a page load.
 */
export function PageHeader({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  return (
    <header className="page-header">
      <h1 id="page-title" tabIndex={-1}>
        {title}
      </h1>
      {intro && <p className="page-intro">{intro}</p>}
      {children}
    </header>
  );
}
