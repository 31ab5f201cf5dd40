import type { ColumnType } from 'kysely';

type DateCol = ColumnType<string, string, string>;

/** Unit id stored for responses given without a unit, so the rollup key has no nulls. */
export const NO_UNIT_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Sufficient statistics per municipality, tier (`w` ISO week, `m` month), bucket (the Monday or the
 * first of the month), unit, survey, item, channel, language and translation status; `c1`–`c6` count answers by floor(value).
 */
export interface DashboardRollupTable {
  municipality_id: string;
  grain: 'w' | 'm';
  unit_id: string;
  bucket: DateCol;
  survey_id: string;
  item_id: string;
  channel: string;
  /** The response's BCP 47 tag and translation status (migration 0025). */
  language: string;
  translation_status: 'validated' | 'reviewed' | 'unreviewed';
  n: number;
  sum: number;
  sum_sq: number;
  dont_know: number;
  c1: number;
  c2: number;
  c3: number;
  c4: number;
  c5: number;
  c6: number;
}

/** Responses stored but not yet moved into the rollup (see migration 0005). */
export interface DashboardPendingTable {
  municipality_id: string;
  response_id: number;
}

/** The dashboard's tables, merged into the app's Database type. */
export interface DashboardTables {
  dashboard_rollup: DashboardRollupTable;
  dashboard_pending: DashboardPendingTable;
}
