import type {
  ComparisonLevel,
  ComparisonResponse,
  DashboardFiltersInput,
  DashboardOptions,
  FreeTextPage,
  LanguageCountsResponse,
  Overview,
  TrendInterval,
  TrendResponse,
} from '../../shared/api/dashboard.ts';
import { type RequestOptions, request } from '../api/client.ts';

export type {
  CellStatus,
  Channel,
  ComparisonLevel,
  ComparisonRow,
  ComparisonSeries,
  DashboardOptions,
  Figure,
  FreeTextPage,
  Indicator,
  Overview,
  ScaleId,
  Scope,
  TrendInterval,
  TrendSeries,
} from '../../shared/api/dashboard.ts';
export type { Interval } from '../../shared/api/stats.ts';

/** The filters of the page; they live in the address so a view can be shared, printed and exported. */
/** The filters every dashboard call takes (the wire query's fields). */
export type Filters = DashboardFiltersInput;

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
  answersByLanguage: (f: Filters, o?: RequestOptions) =>
    request<LanguageCountsResponse>('GET', `/dashboard/answers-by-language?${queryString(f)}`, undefined, o),
  trend: (f: Filters, interval: TrendInterval, item: string, o?: RequestOptions) =>
    request<TrendResponse>('GET', `/dashboard/trend?${queryString(f, { interval, item })}`, undefined, o),
  comparison: (f: Filters, item: string, level: ComparisonLevel, o?: RequestOptions) =>
    request<ComparisonResponse>(
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
