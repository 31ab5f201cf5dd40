/** One directly-following actor pair (a handover when `from !== to`). */
export interface HandoverPair {
  from: string;
  to: string;
  /** Times `to`'s event directly follows `from`'s event within a case. */
  count: number;
  /** count / all directly-following pairs of the log, self-pairs included. */
  relative: number;
  /** Waiting time between the two events (ms); null when no timed pair. See quantiles.ts. */
  medianWaitMs: number | null;
  p90WaitMs: number | null;
}

/** Two actors and the share of cases in which both appear. */
export interface WorkingTogether {
  a: string;
  b: string;
  cases: number;
  share: number;
}

/** A distinct actor sequence. */
export interface VariantRow {
  actors: string[];
  /**
   * The activity of each actor event (aligned with `actors`) in the variant's most common activity
   * sequence: what a variant opened as a journey shows as its steps.
   */
  activities: string[];
  cases: number;
  share: number;
  medianDurationMs: number | null;
}

/** Directly-follows graph of activities. */
export interface ActivityGraph {
  activities: Array<{ activity: string; events: number }>;
  edges: Array<{ from: string; to: string; count: number }>;
  starts: Array<{ activity: string; cases: number }>;
  ends: Array<{ activity: string; cases: number }>;
}

/** Headline figures. Times are epoch ms; durations ms. */
export interface ReportSummary {
  cases: number;
  events: number;
  actors: number;
  activities: number;
  directlyFollowingPairs: number;
  handovers: number;
  selfHandovers: number;
  variants: number;
  /** Cases left out by the filters. */
  excludedCases: number;
  /** Cases with an event lacking a timestamp (kept in file order, no waits or duration). */
  untimedCases: number;
  /** Events without the actor attribute: counted in events and activities, left out of every actor figure. */
  eventsWithoutActor: number;
  firstEvent: number | null;
  lastEvent: number | null;
  medianCaseDurationMs: number | null;
  p90CaseDurationMs: number | null;
}

/** The result of a handover analysis. Lists are sorted by count, descending, then by name. */
export interface HandoverReport {
  /** The actor key used. */
  by: string;
  summary: ReportSummary;
  /** Actors with their event counts (events without an actor are left out; see summary.eventsWithoutActor). */
  actors: Array<{ actor: string; events: number; cases: number }>;
  handovers: HandoverPair[];
  selfHandovers: HandoverPair[];
  workingTogether: WorkingTogether[];
  activityGraph: ActivityGraph;
  variants: VariantRow[];
  /** How many cases had 0, 1, 2, … handovers (ascending by handovers). */
  handoversPerCase: Array<{ handovers: number; cases: number }>;
}
