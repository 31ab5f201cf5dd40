import { type DateOrder, parseTimestamp, XMD, YMD } from './timestamp.ts';

/** A detected or chosen CSV timestamp format. */
export interface DateFormat {
  order: DateOrder;
  /** Human-readable pattern of the first sample, e.g. `DD-MM-YYYY HH:mm`. */
  label: string;
}

/**
 * Picks the date order that reads every non-empty sample. Day-first wins over month-first when
 * both fit (Danish/Norwegian exports); a day above 12 in either position settles it.
 * Returns null when no order reads all samples.
 */
export function detectDateFormat(samples: readonly string[]): DateFormat | null {
  const values = samples.map((s) => s.trim()).filter((s) => s !== '');
  if (values.length === 0) return null;
  for (const order of ['YMD', 'DMY', 'MDY'] as const) {
    if (values.every((v) => parseTimestamp(v, order) !== null)) {
      return { order, label: labelOf(values[0] ?? '', order) };
    }
  }
  return null;
}

/** Describes a sample like `2010/12/30 14:32:00.000` as `YYYY/MM/DD HH:mm:ss.SSS`. */
function labelOf(sample: string, order: DateOrder): string {
  const m = (order === 'YMD' ? YMD : XMD).exec(sample);
  if (!m) return order;
  const sep = m[2] ?? '-';
  const date = { YMD: ['YYYY', 'MM', 'DD'], DMY: ['DD', 'MM', 'YYYY'], MDY: ['MM', 'DD', 'YYYY'] }[
    order
  ].join(sep);
  const t = /[T ]+/.exec(sample.slice(10));
  let time = '';
  if (m[5]) time = `${t?.[0]?.includes('T') ? 'T' : ' '}HH:mm`;
  if (m[7]) time += ':ss';
  if (m[8]) time += `.${'S'.repeat(m[8].length)}`;
  const zone = m[9] ? (m[9] === 'Z' ? 'Z' : m[9].includes(':') ? '±HH:mm' : '±HHmm') : '';
  return `${date}${time}${zone}`;
}
