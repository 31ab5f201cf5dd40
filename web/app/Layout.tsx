import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { roleLabel } from '../i18n/terms.ts';
import { useAuth, useMe } from './AuthProvider.tsx';
import { pagesFor } from './access.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

/** The signed-in shell: skip link, banner with navigation, main landmark, footer. */
export function Layout() {
  const { t } = useI18n();
  const me = useMe();
  const { logout } = useAuth();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new page's heading, as a full page load would
  // (screen readers then announce the new page), and close the phone menu.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on path changes only.
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById('page-title')?.focus();
  }, [location.pathname]);

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
                <NavLink to={page.path} end={page.path === '/'}>
                  {t(page.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {me.user.mustChangePassword && location.pathname !== '/account' && (
          <div className="alert alert-warn" role="status">
            <p>
              {t('account.mustChange.banner')} <Link to="/account">{t('account.mustChange.action')}</Link>
            </p>
          </div>
        )}
        <Outlet />
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
