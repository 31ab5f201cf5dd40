import { useEffect, useState } from 'react';
import { unitsApi } from '../api/endpoints.ts';
import type { Unit } from '../api/types.ts';

const KEY = 'bb.improvement.units.v1';

function cached(): Unit[] {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '[]') as Unit[];
  } catch {
    return [];
  }
}

/**
 * The municipality's active units, citizen entrances first. Kept in localStorage as well, so a phone that
 * loses the network in the reception can still start a session at the right place.
 */
export function useUnits(): Unit[] {
  const [units, setUnits] = useState<Unit[]>(cached);
  useEffect(() => {
    const controller = new AbortController();
    unitsApi.list(false, { signal: controller.signal }).then(
      (list) => {
        const sorted = [...list].sort(
          (a, b) => Number(b.isEntrance) - Number(a.isEntrance) || a.name.localeCompare(b.name),
        );
        setUnits(sorted);
        try {
          localStorage.setItem(KEY, JSON.stringify(sorted));
        } catch {
          // Out of space: the list still works for this visit.
        }
      },
      () => {},
    );
    return () => controller.abort();
  }, []);
  return units;
}
