import { type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { roleLabel } from '../i18n/terms.ts';
import { Loading } from '../ui/Status.tsx';
import { useAuth, useMe } from './AuthProvider.tsx';
import { pagesFor } from './access.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

/**
 * A menu entry is current on its own page and on the pages below it (`/journeys/…`); the overview only on
 * itself. Paths match without regard to case, as the routes do.
 */
function isCurrent(entry: string, path: string): boolean {
  const [e, p] = [entry.toLowerCase(), path.toLowerCase().replace(/(.)\/$/, '$1')];
  return p === e || (e !== '/' && p.startsWith(`${e}/`));
}

/** Focuses `#page-title` now or as soon as it appears (up to 10 s); returns the clean-up. */
function focusHeadingWhenShown(): () => void {
  const tryFocus = () => {
    const heading = document.getElementById('page-title');
    const active = document.activeElement;
    if (!heading) return false;
    if (
      !(
        active instanceof HTMLInputElement ||
        active instanceof HTMLTextAreaElement ||
        active instanceof HTMLSelectElement
      )
    )
      heading.focus();
    return true;
  };
  if (tryFocus()) return () => {};
  const observer = new MutationObserver(() => {
    if (tryFocus()) observer.disconnect();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  const stop = setTimeout(() => observer.disconnect(), 10_000);
  return () => {
    observer.disconnect();
    clearTimeout(stop);
  };
}

/** The signed-in shell: skip link, banner with navigation, main landmark (showing `children`), footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const me = useMe();
  const { logout } = useAuth();
  const [path] = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new page's heading, as a full page load would
  // (screen readers then announce the new page), and close the phone menu. A page that shows its
  // heading only once its data is there has none yet when the address changes: wait for it (CI saw
  // the link keep focus), unless the user has meanwhile gone into a field.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on path changes only.
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    return focusHeadingWhenShown();
  }, [path]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="header-bar">
          <Link to="/" className="brand">
            <span className="brand-logo" aria-hidden="true" />
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-municipality">{me.municipality.name}</span>
          </Link>
          <button
            type="button"
            className="btn btn-secondary nav-toggle"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('nav.menu')}
          </button>
          <div className={`header-tools${menuOpen ? ' is-open' : ''}`}>
            <p className="signed-in">
              {t('header.signedInAs', { name: me.user.name })}
              <span className="signed-in-role"> · {roleLabel(t, me.user.role)}</span>
            </p>
            <Link to="/account" className="account-link">
              {t('account.link')}
            </Link>
            <LanguageSwitcher />
            <button type="button" className="btn btn-secondary" onClick={() => void logout()}>
              {t('header.logout')}
            </button>
          </div>
        </div>
        <nav id="main-nav" className={`main-nav${menuOpen ? ' is-open' : ''}`} aria-label={t('nav.label')}>
          <ul>
            {pagesFor(me.user.role).map((page) => (
              <li key={page.path}>
                <Link to={page.path} aria-current={isCurrent(page.path, path) ? 'page' : undefined}>
                  {t(page.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {me.user.mustChangePassword && path !== '/account' && (
          <div className="alert alert-warn" role="status">
            <p>
              {t('account.mustChange.banner')} <Link to="/account">{t('account.mustChange.action')}</Link>
            </p>
          </div>
        )}
        {/* One boundary for every page: a link to a page still loading keeps the current page (the
            address changes in a transition, see router.tsx); a first load shows the indicator. */}
        <Suspense fallback={<Loading />}>{children}</Suspense>
      </main>
      <Footer />
    </div>
  );
}

/** Footer with the API documentation link; also used on the login page. */
export function Footer() {
  const { t } = useI18n();
  return (
    <footer className="site-footer">
      <p>{t('footer.licence')}</p>
      <p>
        <a href="/api/v1/docs">{t('footer.apiDocs')}</a>
      </p>
    </footer>
  );
}
