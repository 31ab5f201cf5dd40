import type { ColumnType, Generated } from 'kysely';

import type { SuccessCriterion } from '../../shared/api/improvement/criteria.ts';

type Json<T> = ColumnType<T, string | T, string | T>;
type Ts = ColumnType<Date, Date | string, Date | string>;
type NullableTs = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Tags = ColumnType<string[], string[] | undefined, string[]>;

export type InterviewRole = 'citizen' | 'relative' | 'employee';
export type EvidenceKind = 'observation' | 'quote' | 'survey_text' | 'journey_pain';
export type IdeaStatus = 'proposed' | 'selected' | 'testing' | 'adopted' | 'rejected';
export type InitiativeDesign = 'before_after' | 'comparison';

/** What an initiative is measured on, fixed when the test starts. */
export interface Measures {
  items: string[];
  /** Added with local questions as measures; rows stored before have none. */
  local?: { surveyId: string; questionId: string }[];
  categories: string[];
  counts: { label: string; before: number | null; after: number | null }[];
}

export interface ImprovementSessionTable {
  municipality_id: string;
  /** Made by the phone, so a retried sync finds the same row. */
  id: string;
  unit_id: string;
  observer_id: string;
  place: Generated<string>;
  started_at: Ts;
  ended_at: NullableTs;
  /** Migration 0026: the device it was started or last resumed on ("iPhone · Safari"). */
  device: Generated<string>;
  /** Migration 0026: who closed it from the list of open sessions; null when its own phone stopped it. */
  closed_by: string | null;
  created_at: Generated<Date>;
}

export interface ImprovementObservationTable {
  municipality_id: string;
  id: string;
  session_id: string;
  observed_at: Ts;
  category: string;
  what: string;
  citizens: Generated<number>;
  severity: Generated<number>;
  tags: Tags;
  /** MIME type of the stored room photo; null when there is none. The file lives under the data dir. */
  photo_type: string | null;
  created_by: string;
  created_at: Generated<Date>;
}

export interface ImprovementInterviewTable {
  municipality_id: string;
  id: Generated<string>;
  unit_id: string | null;
  held_at: Ts;
  role: InterviewRole;
  profession: string | null;
  consent: boolean;
  guide: Generated<string>;
  notes: Generated<string>;
  created_by: string;
  created_at: Generated<Date>;
}

export interface ImprovementQuoteTable {
  municipality_id: string;
  id: Generated<string>;
  interview_id: string;
  body: string;
  position: Generated<number>;
}

export interface ImprovementProblemTable {
  municipality_id: string;
  id: Generated<string>;
  title: string;
  description: Generated<string>;
  created_by: string;
  created_at: Generated<Date>;
}

export interface ImprovementEvidenceTable {
  municipality_id: string;
  kind: EvidenceKind;
  /** Observation or quote id; `responseId:itemId` for survey text; `journeyId:stepId` for a pain point. */
  ref: string;
  problem_id: string;
  label: Generated<string>;
  created_at: Generated<Date>;
}

export interface ImprovementIdeaTable {
  municipality_id: string;
  id: Generated<string>;
  title: string;
  description: Generated<string>;
  professions: Tags;
  effort: Generated<number>;
  impact: Generated<number>;
  votes: Generated<number>;
  status: Generated<IdeaStatus>;
  created_by: string;
  created_at: Generated<Date>;
}

export interface ImprovementIdeaProblemTable {
  municipality_id: string;
  idea_id: string;
  problem_id: string;
}

export interface ImprovementInitiativeTable {
  municipality_id: string;
  id: Generated<string>;
  title: string;
  background: Generated<string>;
  description: Generated<string>;
  owner: Generated<string>;
  design: Generated<InitiativeDesign>;
  baseline_start: NullableTs;
  baseline_end: NullableTs;
  test_start: Ts;
  test_end: Ts;
  measures: Json<Measures>;
  /** Free text from before migration 0026, kept as a note next to the structured criteria. */
  success_criteria: Generated<string>;
  /** Migration 0026: structured success criteria, see shared/api/improvement/criteria.ts. */
  criteria: ColumnType<SuccessCriterion[], string | undefined, string>;
  recommendations: Generated<string>;
  started_at: NullableTs;
  report_token: string | null;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ImprovementInitiativeIdeaTable {
  municipality_id: string;
  initiative_id: string;
  idea_id: string;
}

export interface ImprovementInitiativeUnitTable {
  municipality_id: string;
  initiative_id: string;
  unit_id: string;
  role: 'test' | 'comparison';
}

export interface ImprovementAdviceTable {
  municipality_id: string;
  id: Generated<string>;
  title: string;
  what: string;
  why: Generated<string>;
  evidence: Generated<string>;
  initiative_id: string | null;
  created_by: string;
  created_at: Generated<Date>;
}

/** The improvement cycle's tables, merged into the app's Database type. */
export interface ImprovementTables {
  improvement_session: ImprovementSessionTable;
  improvement_observation: ImprovementObservationTable;
  improvement_interview: ImprovementInterviewTable;
  improvement_quote: ImprovementQuoteTable;
  improvement_problem: ImprovementProblemTable;
  improvement_evidence: ImprovementEvidenceTable;
  improvement_idea: ImprovementIdeaTable;
  improvement_idea_problem: ImprovementIdeaProblemTable;
  improvement_initiative: ImprovementInitiativeTable;
  improvement_initiative_idea: ImprovementInitiativeIdeaTable;
  improvement_initiative_unit: ImprovementInitiativeUnitTable;
  improvement_advice: ImprovementAdviceTable;
}
