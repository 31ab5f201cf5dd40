import { lazy, type ReactNode, Suspense } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { LoginPage } from '../auth/LoginPage.tsx';
import { useI18n, WithTexts } from '../i18n/I18nProvider.tsx';
import { IMPROVEMENT_ROUTES } from '../improvement/routes.tsx';
import { DIALOG_ROUTES, PulseAnswerPage } from '../programmes/routes.tsx';
import { RefusedPage } from '../sso/RefusedPage.tsx';
import { ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAuth } from './AuthProvider.tsx';
import { mayOpen, type PagePath } from './access.ts';
import { ForbiddenPage, NotFoundPage } from './ErrorPages.tsx';
import { Layout } from './Layout.tsx';
import { PAGE_TEXTS } from './page-texts.ts';
import { usePlace } from './router.tsx';

// Every page is split out: the first load (login page, shell) carries no page's code or texts.
const OverviewPage = lazy(() =>
  import('../overview/OverviewPage.tsx').then((m) => ({ default: m.OverviewPage })),
);
const UnitsPage = lazy(() => import('../units/UnitsPage.tsx').then((m) => ({ default: m.UnitsPage })));
const CitizenSettingsPage = lazy(() =>
  import('../citizen-settings/CitizenSettingsPage.tsx').then((m) => ({ default: m.CitizenSettingsPage })),
);
const SsoSettingsPage = lazy(() =>
  import('../sso/SsoSettingsPage.tsx').then((m) => ({ default: m.SsoSettingsPage })),
);
const UsersPage = lazy(() => import('../users/UsersPage.tsx').then((m) => ({ default: m.UsersPage })));
const SurveysPage = lazy(() =>
  import('../surveys/SurveysPage.tsx').then((m) => ({ default: m.SurveysPage })),
);
const SurveyDetailPage = lazy(() =>
  import('../surveys/SurveyDetailPage.tsx').then((m) => ({ default: m.SurveyDetailPage })),
);
const AccountPage = lazy(() =>
  import('../account/AccountPage.tsx').then((m) => ({ default: m.AccountPage })),
);
const DashboardPage = lazy(() =>
  import('../dashboard/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })),
);
const DashboardReportPage = lazy(() =>
  import('../dashboard/ReportPage.tsx').then((m) => ({ default: m.ReportPage })),
);
const IntegrationsPage = lazy(() =>
  import('../integrations/IntegrationsPage.tsx').then((m) => ({ default: m.IntegrationsPage })),
);
const AuditPage = lazy(() => import('../audit/AuditPage.tsx').then((m) => ({ default: m.AuditPage })));
const LifecyclePage = lazy(() =>
  import('../lifecycle/LifecyclePage.tsx').then((m) => ({ default: m.LifecyclePage })),
);
const CompliancePage = lazy(() =>
  import('../lifecycle/CompliancePage.tsx').then((m) => ({ default: m.CompliancePage })),
);
const EventLogsPage = lazy(() =>
  import('../eventlog/EventLogsPage.tsx').then((m) => ({ default: m.EventLogsPage })),
);
const EventLogPage = lazy(() =>
  import('../eventlog/EventLogPage.tsx').then((m) => ({ default: m.EventLogPage })),
);
const JourneysPage = lazy(() =>
  import('../journeys/JourneysPage.tsx').then((m) => ({ default: m.JourneysPage })),
);
const JourneyEditorPage = lazy(() =>
  import('../journeys/JourneyEditorPage.tsx').then((m) => ({ default: m.JourneyEditorPage })),
);
const JourneyComparePage = lazy(() =>
  import('../journeys/ComparePage.tsx').then((m) => ({ default: m.ComparePage })),
);
const JourneyActualPage = lazy(() =>
  import('../journeys/actual/ActualPage.tsx').then((m) => ({ default: m.ActualPage })),
);

const TranslationsPage = lazy(() =>
  import('../translations/TranslationsPage.tsx').then((m) => ({ default: m.TranslationsPage })),
);
const TranslationLanguagePage = lazy(() =>
  import('../translations/LanguagePage.tsx').then((m) => ({ default: m.LanguagePage })),
);

/**
 * The route table. `/login` and the pulse form stand alone; everything else lives in the signed-in shell,
 * where the first route that matches wins (so `/journeys/new` comes before `/journeys/:id`).
 */
export function App() {
  return (
    <Switch>
      <Route path="/login">
        <LoginPage />
      </Route>
      <Route path="/login/:slug">
        <LoginPage />
      </Route>
      <Route path="/login/:slug/refused">
        <RefusedPage />
      </Route>
      <Route path="/puls/:token">
        <Suspense fallback={<Loading />}>
          <WithTexts features={PAGE_TEXTS['/pulse']}>
            <PulseAnswerPage />
          </WithTexts>
        </Suspense>
      </Route>
      <Route>
        <RequireAuth>
          <Layout>
            <ShellRoutes />
          </Layout>
        </RequireAuth>
      </Route>
    </Switch>
  );
}

/** The signed-in pages; the shell's `<Suspense>` shows the loading indicator while one loads. */
function ShellRoutes() {
  return (
    <Switch>
      <Route path="/">
        <Guard path="/" page={<OverviewPage />} />
      </Route>
      <Route path="/dashboard">
        <Guard path="/dashboard" page={<DashboardPage />} />
      </Route>
      <Route path="/dashboard/report">
        <Guard path="/dashboard" page={<DashboardReportPage />} />
      </Route>
      <Route path="/units">
        <Guard path="/units" page={<UnitsPage />} />
      </Route>
      <Route path="/units/login">
        <Guard path="/units" page={<SsoSettingsPage />} />
      </Route>
      <Route path="/units/citizen-pages">
        <Guard path="/units" page={<CitizenSettingsPage />} />
      </Route>
      <Route path="/users">
        <Guard path="/users" page={<UsersPage />} />
      </Route>
      <Route path="/integrations">
        <Guard path="/integrations" page={<IntegrationsPage />} />
      </Route>
      <Route path="/audit">
        <Guard path="/audit" page={<AuditPage />} />
      </Route>
      <Route path="/lifecycle">
        <Guard path="/lifecycle" page={<LifecyclePage />} />
      </Route>
      <Route path="/lifecycle/compliance">
        <Guard path="/lifecycle" page={<CompliancePage />} />
      </Route>
      <Route path="/journeys">
        <Guard path="/journeys" page={<JourneysPage />} />
      </Route>
      <Route path="/journeys/new">
        <Guard path="/journeys" page={<JourneyEditorPage />} />
      </Route>
      <Route path="/journeys/compare">
        <Guard path="/journeys" page={<JourneyComparePage />} />
      </Route>
      <Route path="/journeys/:id">
        <Guard path="/journeys" page={<JourneyEditorPage />} />
      </Route>
      <Route path="/journeys/:id/actual">
        <Guard path="/journeys" page={<JourneyActualPage />} />
      </Route>
      <Route path="/eventlogs">
        <Guard path="/eventlogs" page={<EventLogsPage />} />
      </Route>
      <Route path="/eventlogs/:id">
        <Guard path="/eventlogs" page={<EventLogPage />} />
      </Route>
      <Route path="/surveys">
        <Guard path="/surveys" page={<SurveysPage />} />
      </Route>
      <Route path="/surveys/:id">
        <Guard path="/surveys" page={<SurveyDetailPage />} />
      </Route>
      <Route path="/translations">
        <Guard path="/translations" page={<TranslationsPage />} />
      </Route>
      <Route path="/translations/:lang">
        <Guard path="/translations" page={<TranslationLanguagePage />} />
      </Route>
      <Route path="/account">
        <AccountPage />
      </Route>
      {IMPROVEMENT_ROUTES.map(({ path, Page }) => (
        <Route key={path} path={path}>
          <Guard path="/improvement" page={<Page />} />
        </Route>
      ))}
      {DIALOG_ROUTES.map(({ path, guard, Page }) => (
        <Route key={path} path={path}>
          <Guard path={guard} page={<Page />} />
        </Route>
      ))}
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}

/** Waits for the session probe; sends anonymous visitors to /login, remembering where they were going. */
function RequireAuth({ children }: { children: ReactNode }) {
  const { state, retry } = useAuth();
  const place = usePlace();
  const { t } = useI18n();
  if (state.status === 'loading') {
    return (
      <main id="main" className="main main-centered">
        <Loading label={t('common.loading')} />
      </main>
    );
  }
  if (state.status === 'error') {
    return (
      <main id="main" className="main main-centered">
        <ErrorMessage error={state.error} onRetry={retry} />
      </main>
    );
  }
  if (state.status === 'anonymous') {
    const from = place.path + place.search;
    return <Redirect to="/login" replace state={{ from, reason: state.reason }} />;
  }
  return <>{children}</>;
}

/** Renders a page only for the roles that may use it, and loads its texts on demand (its code is lazy). */
function Guard({ path, page }: { path: PagePath; page: ReactNode }) {
  const { state } = useAuth();
  if (state.status !== 'authenticated' || !mayOpen(state.me.user.role, path)) return <ForbiddenPage />;
  return <WithTexts features={PAGE_TEXTS[path]}>{page}</WithTexts>;
}
