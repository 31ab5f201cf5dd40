/**
 * Types of the improvement API as the staff app uses them: every wire type comes from the zod schemas in
 * `shared/api/improvement/` (type-only imports, so no schema code reaches the browser for a type).
 */

import type { z } from 'zod';
import type { AdviceDto } from '../../shared/api/improvement/advice.ts';
import type { Board as BoardSchema, EvidenceDto, ProblemDto } from '../../shared/api/improvement/board.ts';
import type { SuccessCriterion as SuccessCriterionDto } from '../../shared/api/improvement/criteria.ts';
import type { IdeaDto } from '../../shared/api/improvement/ideas.ts';
import type { InitiativeDto } from '../../shared/api/improvement/initiatives.ts';
import type { InterviewDto } from '../../shared/api/improvement/interviews.ts';
import type {
  ClosedSession,
  OpenSessionDto,
  ResumeResponse,
  SessionDto,
  SyncObservation,
} from '../../shared/api/improvement/observations.ts';

export type { ReportData } from '../../shared/evaluation/report.ts';

export type Session = SessionDto;
/** A session still open, perhaps on another device (issue 14). */
export type OpenSession = OpenSessionDto;
export type Resumed = z.infer<typeof ResumeResponse>;
export type Closed = z.infer<typeof ClosedSession>;
export type SuccessCriterion = SuccessCriterionDto;
/** An observation as the phone queues it (the sync body's observation, defaults applied). */
export type ObservationInput = z.output<typeof SyncObservation>;

export type Interview = InterviewDto;
export type InterviewRole = Interview['role'];

export type Evidence = EvidenceDto;
export type EvidenceKind = Evidence['kind'];
export type Problem = ProblemDto;
export type Board = z.infer<typeof BoardSchema>;

export type Idea = IdeaDto;
export type IdeaStatus = Idea['status'];
/**
 * The idea statuses in board order. A value, so it is kept here rather than imported from the zod file
 * (a value import would bundle zod); the type ties it to the wire enum.
 */
export const IDEA_STATUSES: readonly IdeaStatus[] = [
  'proposed',
  'selected',
  'testing',
  'adopted',
  'rejected',
];

export type Initiative = InitiativeDto;
export type Measures = Initiative['measures'];
export type InitiativeInput = Omit<Initiative, 'id' | 'startedAt' | 'shareToken'>;

export type Advice = AdviceDto;
