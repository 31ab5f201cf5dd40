import { lazy } from 'react';

/** The improvement pages, loaded on demand; App.tsx mounts them under /improvement. */
const page = <K extends string>(load: () => Promise<Record<K, () => React.JSX.Element>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

export const ImprovementPage = page(() => import('./ImprovementPage.tsx'), 'ImprovementPage');
export const ObservePage = page(() => import('./observe/ObservePage.tsx'), 'ObservePage');
export const InterviewsPage = page(() => import('./interviews/InterviewsPage.tsx'), 'InterviewsPage');
export const BoardPage = page(() => import('./board/BoardPage.tsx'), 'BoardPage');
export const IdeasPage = page(() => import('./ideas/IdeasPage.tsx'), 'IdeasPage');
export const WorkshopPage = page(() => import('./ideas/WorkshopPage.tsx'), 'WorkshopPage');
export const InitiativesPage = page(() => import('./initiatives/InitiativesPage.tsx'), 'InitiativesPage');
export const ReportPage = page(() => import('./report/ReportPage.tsx'), 'ReportPage');
export const AdvicePage = page(() => import('./advice/AdvicePage.tsx'), 'AdvicePage');

/** The paths under /improvement and the page each shows. */
export const IMPROVEMENT_ROUTES = [
  { path: '/improvement', Page: ImprovementPage },
  { path: '/improvement/observe', Page: ObservePage },
  { path: '/improvement/interviews', Page: InterviewsPage },
  { path: '/improvement/board', Page: BoardPage },
  { path: '/improvement/ideas', Page: IdeasPage },
  { path: '/improvement/workshop', Page: WorkshopPage },
  { path: '/improvement/initiatives', Page: InitiativesPage },
  { path: '/improvement/initiatives/:id/report', Page: ReportPage },
  { path: '/improvement/advice', Page: AdvicePage },
] as const;
