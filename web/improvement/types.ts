/** Wire types of the improvement API, as the staff app uses them. */
import type { ObservationCategory } from '../../shared/evaluation/categories.ts';

export type { ReportData } from '../../shared/evaluation/report.ts';

export interface Session {
  id: string;
  unitId: string;
  unitName: string;
  observerName: string;
  place: string;
  startedAt: string;
  endedAt: string | null;
  hours: number;
  observationCount: number;
}

export interface ObservationInput {
  id: string;
  sessionId: string;
  observedAt: string;
  category: ObservationCategory;
  what: string;
  citizens: number;
  severity: number;
  tags: string[];
}

export type InterviewRole = 'citizen' | 'relative' | 'employee';

export interface Interview {
  id: string;
  unitId: string | null;
  unitName: string | null;
  heldAt: string;
  role: InterviewRole;
  profession: string | null;
  consent: boolean;
  guide: string;
  notes: string;
  quotes: { id: string; body: string }[];
}

export type EvidenceKind = 'observation' | 'quote' | 'survey_text' | 'journey_pain';
export interface Evidence {
  kind: EvidenceKind;
  ref: string;
  label: string;
}
export interface Problem {
  id: string;
  title: string;
  description: string;
  evidence: Evidence[];
  counts: Record<EvidenceKind, number>;
}
export interface Board {
  problems: Problem[];
  pool: Evidence[];
}

export type IdeaStatus = 'proposed' | 'selected' | 'testing' | 'adopted' | 'rejected';
export const IDEA_STATUSES: readonly IdeaStatus[] = [
  'proposed',
  'selected',
  'testing',
  'adopted',
  'rejected',
];
export interface Idea {
  id: string;
  title: string;
  description: string;
  professions: string[];
  effort: number;
  impact: number;
  votes: number;
  status: IdeaStatus;
  problemIds: string[];
  createdAt: string;
}

export interface Measures {
  items: string[];
  categories: string[];
  counts: { label: string; before: number | null; after: number | null }[];
}
export interface Initiative {
  id: string;
  title: string;
  background: string;
  description: string;
  owner: string;
  design: 'before_after' | 'comparison';
  baselineStart: string | null;
  baselineEnd: string | null;
  testStart: string;
  testEnd: string;
  measures: Measures;
  successCriteria: string;
  recommendations: string;
  startedAt: string | null;
  shareToken: string | null;
  ideaIds: string[];
  testUnitIds: string[];
  comparisonUnitIds: string[];
}
export type InitiativeInput = Omit<Initiative, 'id' | 'startedAt' | 'shareToken'>;

export interface Advice {
  id: string;
  title: string;
  what: string;
  why: string;
  evidence: string;
  initiativeId: string | null;
  initiativeTitle: string | null;
  createdAt: string;
}
