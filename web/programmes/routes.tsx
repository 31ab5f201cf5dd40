import { type ComponentType, lazy } from 'react';

const ComplaintsPage = lazy(() =>
  import('../complaints/ComplaintsPage.tsx').then((m) => ({ default: m.ComplaintsPage })),
);
const PulsePage = lazy(() => import('../pulse/PulsePage.tsx').then((m) => ({ default: m.PulsePage })));
const ProgrammesPage = lazy(() =>
  import('./ProgrammesPage.tsx').then((m) => ({ default: m.ProgrammesPage })),
);
const ProgrammePage = lazy(() => import('./ProgrammePage.tsx').then((m) => ({ default: m.ProgrammePage })));
const ReportPage = lazy(() => import('./ReportPage.tsx').then((m) => ({ default: m.ReportPage })));

/** The anonymous pulse form; lives outside the signed-in shell. */
export const PulseAnswerPage = lazy(() =>
  import('../pulse/PulseAnswerPage.tsx').then((m) => ({ default: m.PulseAnswerPage })),
);

/** Signed-in pages of the dialog programme, each with the navigation entry that guards it. */
export const DIALOG_ROUTES: {
  path: string;
  guard: '/complaints' | '/pulse' | '/programmes';
  Page: ComponentType;
}[] = [
  { path: '/complaints', guard: '/complaints', Page: ComplaintsPage },
  { path: '/pulse', guard: '/pulse', Page: PulsePage },
  { path: '/programmes', guard: '/programmes', Page: ProgrammesPage },
  { path: '/programmes/:id', guard: '/programmes', Page: ProgrammePage },
  { path: '/programmes/:id/report', guard: '/programmes', Page: ReportPage },
];
