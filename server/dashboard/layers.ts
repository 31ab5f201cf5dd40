import { CHANNELS } from '../../shared/api/dashboard.ts';

/** The layer of all channels together. */
export const ALL = '*';
/** The selection axis: answers in the language selection, the others, and both together. */
export const IN = 'true';
export const OUT = 'false';
export const BOTH = 'all';

/** One axis of the suppression grid's layers: its values, and the value that is their sum (or none). */
export interface Axis {
  parts: readonly string[];
  total: string | null;
}

const values = (a: Axis) => (a.total === null ? a.parts : [...a.parts, a.total]);

/** Every combination of one value per axis. */
function combinations(axes: readonly Axis[]): string[][] {
  return axes.reduce<string[][]>((acc, a) => acc.flatMap((c) => values(a).map((v) => [...c, v])), [[]]);
}

/**
 * The layer sums of a grid whose layers are the combinations of some axes (a period's buckets, the
 * channels, in/out of the language selection): along each axis with a total, the total's layer is
 * the sum of its parts' layers, for every value of the other axes. Layer keys join values with '|'.
 */
export function gridSums(axes: readonly Axis[]): { total: string; parts: string[] }[] {
  const sums: { total: string; parts: string[] }[] = [];
  axes.forEach((axis, a) => {
    if (axis.total === null) return;
    const total = axis.total;
    for (const rest of combinations(axes.filter((_, i) => i !== a))) {
      const at = (v: string) => [...rest.slice(0, a), v, ...rest.slice(a)].join('|');
      sums.push({ total: at(total), parts: axis.parts.map(at) });
    }
  });
  return sums;
}

/** The channel and selection axes of a view: split only when a filter needs them. */
export function filterAxes(perChannel: boolean, bySelection: boolean): Axis[] {
  return [
    perChannel ? { parts: CHANNELS, total: ALL } : { parts: [ALL], total: null },
    bySelection ? { parts: [IN, OUT], total: BOTH } : { parts: [BOTH], total: null },
  ];
}

/**
 * The layer of an aggregate row from the rest of its key (after the unit): the period if grouped by
 * one, then the channel and the selection part when grouped by them, else their "all" values.
 */
export function rowLayer(rest: readonly string[], perChannel: boolean, bySelection: boolean, period = false) {
  let i = 0;
  const parts: string[] = [];
  if (period) parts.push(rest[i++] ?? '');
  parts.push(perChannel ? (rest[i++] ?? ALL) : ALL);
  parts.push(bySelection ? (rest[i++] ?? BOTH) : BOTH);
  return parts.join('|');
}

/** The layer a view reads: its channel (or all) and, with a language filter, the selection. */
export function viewLayer(channel: string | null, bySelection: boolean): string {
  return `${channel ?? ALL}|${bySelection ? IN : BOTH}`;
}
