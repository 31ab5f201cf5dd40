/**
 * Event-log data shared by the streaming parsers (server) and the pure analysis (server and browser).
 * Parsers produce {@link EventBatch}es; the analysis consumes them incrementally.
 */

/** A typed attribute value. XES dates are converted to epoch milliseconds. */
export type AttrValue = string | number | boolean;

/** One event of a case, as parsed from XES or CSV. */
export interface LogEvent {
  caseId: string;
  activity: string;
  /** Epoch milliseconds, or null when the event carries no timestamp. */
  timestamp: number | null;
  resource?: string;
  group?: string;
  lifecycle?: string;
  /** Every other attribute of the event, by key. */
  attrs: Record<string, AttrValue>;
}

/** Case-level (trace) attributes. `closed` means no further events of this case will follow. */
export interface CaseRecord {
  caseId: string;
  attrs: Record<string, AttrValue>;
  closed: boolean;
}

/**
 * What a parser yields. Events of a case appear in file order across batches; a case's
 * {@link CaseRecord} with `closed: true` comes in the same batch as, or after, its last event.
 */
export interface EventBatch {
  events: LogEvent[];
  cases: CaseRecord[];
}

/** Where an actor is taken from: the resource, the group, or any named event attribute. */
export type ActorKey = 'resource' | 'group' | (string & {});

/**
 * Returns the actor of an event for an {@link ActorKey}; `''` when the event has none.
 * `org:resource` and `org:group` are accepted as aliases of `resource` and `group`.
 */
export function actorOf(event: LogEvent, by: ActorKey): string {
  if (by === 'resource' || by === 'org:resource') return event.resource ?? '';
  if (by === 'group' || by === 'org:group') return event.group ?? '';
  if (by === 'activity' || by === 'concept:name') return event.activity;
  const value = event.attrs[by];
  return value === undefined ? '' : String(value);
}
