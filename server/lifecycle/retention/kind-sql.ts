import { type RawBuilder, sql } from 'kysely';
import type { RetentionKind } from '../../../shared/lifecycle/kinds.ts';

/**
 * Where the rows of one kind of data live, as SQL: the table, its key columns, a FROM clause that
 * already limits to the municipality and leaves out rows under legal hold, and the time column the
 * period is measured from. The job builds "candidates older than X, a batch at a time" from it, the
 * warning builds "rows due within 14 days".
 */
export interface KindSql {
  table: string;
  /** Key columns of `table`, qualified with the alias `x`. */
  keys: string[];
  from: (m: string) => RawBuilder<unknown>;
  time: string;
  /** 'delete' removes rows; 'clear' empties the raw columns of rows that stay. */
  action: 'delete' | 'clear';
}

/** A survey's data is held when the survey, or the journey it is aimed at, is under legal hold. */
const surveyNotHeld = (m: string) => sql`not exists (select 1 from legal_hold h where h.municipality_id = ${m}
  and ((h.target_type = 'survey' and h.target_id = s.id) or (h.target_type = 'journey' and h.target_id = s.journey_id)))`;
const logNotHeld = (m: string) => sql`not exists (select 1 from legal_hold h where h.municipality_id = ${m}
  and h.target_type = 'eventlog' and h.target_id = l.id)`;

function responses(modes: string): KindSql {
  return {
    table: 'survey_response',
    keys: ['x.id'],
    from: (
      m,
    ) => sql`from survey_response x join survey s on s.municipality_id = x.municipality_id and s.id = x.survey_id
      where x.municipality_id = ${m} and s.mode in (${sql.raw(modes)}) and ${surveyNotHeld(m)}`,
    time: 'x.submitted_hour',
    action: 'delete',
  };
}

export const KIND_SQL: Record<RetentionKind, KindSql> = {
  survey_responses: responses(`'questionnaire', 'smiley'`),
  pulse_answers: responses(`'pulse'`),
  survey_free_text: {
    table: 'survey_text_answer',
    keys: ['x.response_id', 'x.item_id'],
    from: (m) => sql`from survey_text_answer x
      join survey_response r on r.municipality_id = x.municipality_id and r.id = x.response_id
      join survey s on s.municipality_id = r.municipality_id and s.id = r.survey_id
      where x.municipality_id = ${m} and ${surveyNotHeld(m)}`,
    time: 'r.submitted_hour',
    action: 'delete',
  },
  smiley_presses: {
    table: 'smiley_press',
    keys: ['x.id'],
    from: (
      m,
    ) => sql`from smiley_press x join survey s on s.municipality_id = x.municipality_id and s.id = x.survey_id
      where x.municipality_id = ${m} and ${surveyNotHeld(m)}`,
    time: 'x.pressed_minute',
    action: 'delete',
  },
  observations: plain('improvement_observation', ['x.id'], 'x.observed_at'),
  interviews: plain('improvement_interview', ['x.id'], 'x.held_at'),
  complaints: plain('complaint', ['x.id'], 'x.received_on'),
  audit_log: plain('audit_log', ['x.id'], 'x.at'),
  sessions: plain('session', ['x.token_hash'], 'x.expires_at'),
  // Raw events keep what the analysis needs (activity, time, resource, group); their extra attributes
  // and the case attributes, which may carry what the case system knew about the citizen, are emptied.
  eventlog_raw: {
    table: 'eventlog_event',
    keys: ['x.log_id', 'x.case_no', 'x.seq'],
    from: (
      m,
    ) => sql`from eventlog_event x join eventlog l on l.municipality_id = x.municipality_id and l.id = x.log_id
      where x.municipality_id = ${m} and x.attrs is not null and ${logNotHeld(m)}`,
    time: 'l.created_at',
    action: 'clear',
  },
  eventlog: {
    table: 'eventlog',
    keys: ['x.id'],
    from: (m) => sql`from eventlog x join eventlog l on l.municipality_id = x.municipality_id and l.id = x.id
      where x.municipality_id = ${m} and x.status not in ('uploading', 'importing') and ${logNotHeld(m)}`,
    time: 'x.created_at',
    action: 'delete',
  },
};

function plain(table: string, keys: string[], time: string): KindSql {
  return {
    table,
    keys,
    from: (m) => sql`from ${sql.raw(table)} x where x.municipality_id = ${m}`,
    time,
    action: 'delete',
  };
}

/** `time < before [and time >= after]`, with dates compared as timestamps. */
export function period(k: KindSql, before: Date, after?: Date): RawBuilder<unknown> {
  const t = sql.raw(k.time);
  const upper = sql`${t} < ${before.toISOString()}::timestamptz`;
  return after ? sql`${upper} and ${t} >= ${after.toISOString()}::timestamptz` : upper;
}
