import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'wouter';
import type { Channel, ComparisonLevel, Filters, TrendInterval } from './api.ts';

const INTERVALS: readonly TrendInterval[] = ['week', 'month', 'quarter'];
const LEVELS: readonly ComparisonLevel[] = ['children', 'units'];
const ITEM = /^(index\.coherence|(coherence|psychcost|satisfaction)\.[a-z_]+)$/;

export interface DashboardParams {
  filters: Filters;
  interval: TrendInterval;
  item: string;
  level: ComparisonLevel;
}

/**
 * The page state lives in the address (`?unitId=…&from=…`), so a view can be bookmarked, shared,
 * printed as a report and exported with exactly the same scope.
 */
export function useDashboardParams(): [DashboardParams, (patch: Record<string, string | undefined>) => void] {
  const [search, setSearch] = useSearchParams();
  const params = useMemo<DashboardParams>(() => {
    const get = (k: string) => search.get(k) || undefined;
    const interval = get('interval') as TrendInterval | undefined;
    const level = get('level') as ComparisonLevel | undefined;
    const item = get('item');
    return {
      filters: {
        unitId: get('unitId'),
        journeyId: get('journeyId'),
        touchpointId: get('touchpointId'),
        from: get('from'),
        to: get('to'),
        channel: get('channel') as Channel | undefined,
        languages: get('languages'),
        excludeLanguages: get('excludeLanguages'),
        statuses: get('statuses'),
        excludeStatuses: get('excludeStatuses'),
      },
      interval: interval && INTERVALS.includes(interval) ? interval : 'month',
      item: item && ITEM.test(item) ? item : 'index.coherence',
      level: level && LEVELS.includes(level) ? level : 'children',
    };
  }, [search]);
  const update = useCallback(
    (patch: Record<string, string | undefined>) => {
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [k, v] of Object.entries(patch)) {
            if (v) next.set(k, v);
            else next.delete(k);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setSearch],
  );
  return [params, update];
}
