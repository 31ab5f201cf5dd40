import { lazy, type ReactNode, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
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

/** The route table. `/login` stands alone; everything else lives in the signed-in shell. */
export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/login/:slug" element={<LoginPage />} />
      <Route path="/login/:slug/refused" element={<RefusedPage />} />
      <Route
        path="/puls/:token"
        element={
          <Suspense fallback={<Loading />}>
            <WithTexts features={PAGE_TEXTS['/pulse']}>
              <PulseAnswerPage />
            </WithTexts>
          </Suspense>
        }
      />
      <Route
        element={
          <RequireAuth>
            <Layout />
          </RequireAuth>
        }
      >
        <Route index element={<Guard path="/" page={<OverviewPage />} />} />
        <Route path="dashboard" element={<Guard path="/dashboard" page={<DashboardPage />} />} />
        <Route path="dashboard/report" element={<Guard path="/dashboard" page={<DashboardReportPage />} />} />
        <Route path="units" element={<Guard path="/units" page={<UnitsPage />} />} />
        <Route path="units/login" element={<Guard path="/units" page={<SsoSettingsPage />} />} />
        <Route path="units/citizen-pages" element={<Guard path="/units" page={<CitizenSettingsPage />} />} />
        <Route path="users" element={<Guard path="/users" page={<UsersPage />} />} />
        <Route path="integrations" element={<Guard path="/integrations" page={<IntegrationsPage />} />} />
        <Route path="audit" element={<Guard path="/audit" page={<AuditPage />} />} />
        <Route path="lifecycle" element={<Guard path="/lifecycle" page={<LifecyclePage />} />} />
        <Route path="lifecycle/compliance" element={<Guard path="/lifecycle" page={<CompliancePage />} />} />
        <Route path="journeys" element={<Guard path="/journeys" page={<JourneysPage />} />} />
        <Route path="journeys/new" element={<Guard path="/journeys" page={<JourneyEditorPage />} />} />
        <Route path="journeys/compare" element={<Guard path="/journeys" page={<JourneyComparePage />} />} />
        <Route path="journeys/:id" element={<Guard path="/journeys" page={<JourneyEditorPage />} />} />
        <Route path="journeys/:id/actual" element={<Guard path="/journeys" page={<JourneyActualPage />} />} />
        <Route path="eventlogs" element={<Guard path="/eventlogs" page={<EventLogsPage />} />} />
        <Route path="eventlogs/:id" element={<Guard path="/eventlogs" page={<EventLogPage />} />} />
        <Route path="surveys" element={<Guard path="/surveys" page={<SurveysPage />} />} />
        <Route path="surveys/:id" element={<Guard path="/surveys" page={<SurveyDetailPage />} />} />
        <Route path="translations" element={<Guard path="/translations" page={<TranslationsPage />} />} />
        <Route
          path="translations/:lang"
          element={<Guard path="/translations" page={<TranslationLanguagePage />} />}
        />
        <Route
          path="account"
          element={
            <Suspense fallback={<Loading />}>
              <AccountPage />
            </Suspense>
          }
        />
        {IMPROVEMENT_ROUTES.map(({ path, Page }) => (
          <Route key={path} path={path} element={<Guard path="/improvement" page={<Page />} />} />
        ))}
        {DIALOG_ROUTES.map(({ path, guard, Page }) => (
          <Route key={path} path={path} element={<Guard path={guard} page={<Page />} />} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/** Waits for the session probe; sends anonymous visitors to /login, remembering where they were going. */
function RequireAuth({ children }: { children: ReactNode }) {
  const { state, retry } = useAuth();
  const location = useLocation();
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
    const from = location.pathname + location.search;
    return <Navigate to="/login" replace state={{ from, reason: state.reason }} />;
  }
  return <>{children}</>;
}

/** Renders a page only for the roles that may use it, and loads its code and its texts on demand. */
function Guard({ path, page }: { path: PagePath; page: ReactNode }) {
  const { state } = useAuth();
  if (state.status !== 'authenticated' || !mayOpen(state.me.user.role, path)) return <ForbiddenPage />;
  return (
    <Suspense fallback={<Loading />}>
      <WithTexts features={PAGE_TEXTS[path]}>{page}</WithTexts>
    </Suspense>
  );
}
