import { type RequestOptions, request } from '../api/client.ts';

export type CellStatus = 'shown' | 'empty' | 'suppressed' | 'complementary';
export type ScaleId = 'agree5' | 'agree6' | 'satisfaction5';
export type TrendInterval = 'week' | 'month' | 'quarter';
export type ComparisonLevel = 'children' | 'units';
export type Channel = 'link' | 'qr' | 'kiosk' | 'smiley' | 'import';

export interface Interval {
  lower: number;
  upper: number;
}

/** One indicator in one cell; every number is null unless `status` is `shown`. */
export interface Figure {
  status: CellStatus;
  n: number | null;
  dontKnow: number | null;
  mean: number | null;
  sd: number | null;
  ci: Interval | null;
  positiveShare: number | null;
  positiveCi: Interval | null;
  dontKnowShare: number | null;
  distribution: { value: number; count: number }[] | null;
}

export interface Scope {
  municipality: string;
  unitId: string | null;
  unitName: string | null;
  from: string;
  to: string;
  channel: string | null;
  journeyId: string | null;
  touchpointId: string | null;
  minGroupSize: number;
}

export interface Indicator {
  itemId: string;
  setKey: 'coherence' | 'psychcost' | 'satisfaction';
  scaleId: ScaleId;
  reverse: boolean;
  figure: Figure;
}

export interface Overview {
  scope: Scope;
  respondents: { status: CellStatus; n: number | null };
  indicators: Indicator[];
}

export interface TrendSeries {
  itemId: string;
  scaleId: ScaleId | null;
  reverse: boolean;
  /** `partial`: the period is not over yet, or the chosen period cuts it; not comparable with whole ones. */
  points: { start: string; partial: boolean; figure: Figure }[];
}

export interface ComparisonRow {
  unitId: string;
  name: string;
  figure: Figure;
  diff: number | null;
  p: number | null;
  pAdjusted: number | null;
  marker: 'higher' | 'lower' | null;
}

export interface ComparisonSeries {
  itemId: string;
  scaleId: ScaleId | null;
  reverse: boolean;
  scope: Figure;
  rows: ComparisonRow[];
}

export interface FreeTextPage {
  status: 'shown' | 'suppressed';
  minimum: number;
  answers: {
    responseId: number;
    itemId: string;
    body: string;
    hour: string;
    surveyTitle: string;
    unitName: string | null;
  }[];
  nextBefore: string | null;
}

export interface DashboardOptions {
  municipality: { name: string; country: 'DK' | 'NO' };
  minGroupSize: number;
  freeTextMinimum: number;
  defaultPeriod: { from: string; to: string };
  units: { id: string; parentId: string | null; name: string; archived: boolean }[];
  journeys: {
    id: string;
    title: string;
    /** Journey steps surveys are aimed at: step number and text in the current version (null if gone). */
    touchpoints: { id: string; step: number | null; description: string | null }[];
  }[];
  channels: Channel[];
}

/** The filters of the page; they live in the address so a view can be shared, printed and exported. */
export interface Filters {
  unitId?: string;
  journeyId?: string;
  touchpointId?: string;
  from?: string;
  to?: string;
  channel?: Channel;
}

/** A query string of the filters plus extra parameters, skipping empty ones. */
export function queryString(filters: Filters, extra: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...extra })) if (v) q.set(k, v);
  return q.toString();
}

/** The dashboard endpoints; all aggregation happens on the server. */
export const dashboardApi = {
  options: (o?: RequestOptions) => request<DashboardOptions>('GET', '/dashboard/options', undefined, o),
  overview: (f: Filters, o?: RequestOptions) =>
    request<Overview>('GET', `/dashboard/overview?${queryString(f)}`, undefined, o),
  trend: (f: Filters, interval: TrendInterval, item: string, o?: RequestOptions) =>
    request<{ series: TrendSeries[] }>(
      'GET',
      `/dashboard/trend?${queryString(f, { interval, item })}`,
      undefined,
      o,
    ),
  comparison: (f: Filters, item: string, level: ComparisonLevel, o?: RequestOptions) =>
    request<{ series: ComparisonSeries[]; alpha: number }>(
      'GET',
      `/dashboard/comparison?${queryString(f, { item, level })}`,
      undefined,
      o,
    ),
  freeText: (f: Filters, q: string, before: string | null, o?: RequestOptions) =>
    request<FreeTextPage>(
      'GET',
      `/dashboard/free-text?${queryString(f, { q, before: before ?? undefined })}`,
      undefined,
      o,
    ),
  exportUrl: (f: Filters, format: 'csv' | 'xlsx', extra: Record<string, string>) =>
    `/api/v1/dashboard/export?${queryString(f, { ...extra, format })}`,
};
