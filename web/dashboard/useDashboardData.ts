import { useCallback, useMemo } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { dashboardApi } from './api.ts';
import { dashboardFormat } from './format.ts';
import type { DashboardParams } from './useDashboardParams.ts';

/**
 * Loads everything one dashboard view shows. Each request depends only on its own inputs, so changing
 * the trend's interval does not reload the overview.
 */
export function useDashboardData(params: DashboardParams) {
  const { locale } = useI18n();
  const f = useMemo(() => dashboardFormat(locale), [locale]);
  const key = JSON.stringify(params.filters);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the value identity of the filters.
  const filters = useMemo(() => params.filters, [key]);
  const options = useAsync(useCallback((signal: AbortSignal) => dashboardApi.options({ signal }), []));
  const overview = useAsync(
    useCallback((signal: AbortSignal) => dashboardApi.overview(filters, { signal }), [filters]),
  );
  const trend = useAsync(
    useCallback(
      (signal: AbortSignal) => dashboardApi.trend(filters, params.interval, params.item, { signal }),
      [filters, params.interval, params.item],
    ),
  );
  const comparison = useAsync(
    useCallback(
      (signal: AbortSignal) => dashboardApi.comparison(filters, params.item, params.level, { signal }),
      [filters, params.item, params.level],
    ),
  );
  return { f, filters, options, overview, trend, comparison };
}
