/** A step of the planned journey as conformance sees it, in plan order. */
export interface PlanStep {
  id: string;
  /** Organisation boundary key of the step's actor: a handover between different keys crosses it. */
  boundary: string;
}

/** What {@link ConformanceChecker} needs: the plan and which activity belongs to which step. */
export interface ConformancePlan {
  steps: readonly PlanStep[];
  /** Activity name → step id; activities not listed are not part of the journey and are ignored. */
  activities: Readonly<Record<string, string>>;
  /**
   * `complete` (default) reads only events whose lifecycle is missing or "complete", so that a
   * schedule/start/complete triple counts as one event, as PM4Py's usual lifecycle filter does.
   */
  lifecycle?: 'complete' | 'all';
  /** Resource or group name → planned actor id (the mapping's actors); empty: no actor handovers. */
  actors?: Readonly<Record<string, string>>;
  /** Whether `actors` names the events' resources (default) or groups. */
  actorBy?: 'resource' | 'group';
  /** The plan's handovers between actors as the drawing has them (shared/journey `handoverPairs`). */
  actorHandovers?: ReadonlyArray<readonly [string, string]>;
}

/**
 * A handover between two planned actors as the log shows it: the resource/group of one mapped event
 * mapped to `fromActorId`, the next mapped event's to `toActorId`. Planned ones are listed even when
 * no case took them; the others are handovers the plan does not have.
 */
export interface ActorHandover {
  fromActorId: string;
  toActorId: string;
  inPlan: boolean;
  /** Cases that took it at least once, and how often it happened in all. */
  cases: number;
  occurrences: number;
}

/** Median, P90 and count of a set of waits, with a monthly trend (UTC calendar months, "2026-01"). */
export interface WaitStats {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
  trend: Array<{ month: string; count: number; medianMs: number | null }>;
}

/** One planned step: how many cases passed it once or more, skipped it, came back to it. */
export interface StepConformance {
  stepId: string;
  passed: number;
  skipped: number;
  repeated: number;
  /** Wait before the step: from the end of the previous visited step to this step's first event. */
  waitBefore: WaitStats;
}

/** A handover of the plan (step → next step) and the cases that took it directly. */
export interface PlannedHandover {
  fromStepId: string;
  toStepId: string;
  followed: number;
  notFollowed: number;
  crossesBoundary: boolean;
  wait: WaitStats;
}

/** A handover that is not in the plan. `back` returns to an earlier (or the same) step: an extra contact. */
export interface ExtraHandover {
  fromStepId: string;
  toStepId: string;
  kind: 'back' | 'skip';
  crossesBoundary: boolean;
  cases: number;
  occurrences: number;
  medianWaitMs: number | null;
}

/** A deviating variant: the steps in the order the cases ran them. */
export interface DeviationPattern {
  steps: string[];
  cases: number;
  /** Median case duration minus the baseline (median of the conforming cases, else of all). */
  medianExtraMs: number | null;
  fitness: number;
  skippedSteps: string[];
  repeatedSteps: string[];
  extraHandovers: Array<[string, string]>;
  /** Id of one case of the variant (the first seen), to open it. */
  exampleCaseId: string;
  /** Median wait before each visit of `steps` (null for the first, or when unknown). */
  medianWaitsMs: Array<number | null>;
}

/** Everything conformance reports for one log against one plan. */
export interface ConformanceReport {
  method: 'token_replay';
  cases: number;
  /** Cases with at least one event mapped to a step; the rest are outside the journey and not counted. */
  mappedCases: number;
  conformingCases: number;
  ignoredEvents: number;
  /** Fitness over the summed token counts (PM4Py's `log_fitness`) and the mean of the cases'. */
  fitness: { log: number; meanCase: number };
  /** Cases per fitness tenth: [0,0.1), …, [0.9,1), and exactly 1 last (11 bins). */
  fitnessHistogram: number[];
  baselineDurationMs: number | null;
  steps: StepConformance[];
  handovers: PlannedHandover[];
  extras: ExtraHandover[];
  /** Visits beyond the first of a step, summed over cases. */
  extraContacts: number;
  /** Occurrences of extra handovers that cross an organisation boundary. */
  extraCrossBoundary: number;
  patterns: DeviationPattern[];
  /** Handovers between mapped actors, the planned ones first (empty when no actor is mapped). */
  actorHandovers: ActorHandover[];
  /** Mapped cases with at least one event whose resource/group is mapped to an actor. */
  actorCases: number;
}
