/**
 * Durations and waits are stored as whole minutes; people enter them in the unit they think in.
 * A day is a calendar day (24 hours) and a week seven of them, as in `MINUTES_PER_DAY`.
 */
export const DURATION_UNITS = ['minutes', 'hours', 'days', 'weeks'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export const MINUTES_PER_UNIT: Record<DurationUnit, number> = {
  minutes: 1,
  hours: 60,
  days: 24 * 60,
  weeks: 7 * 24 * 60,
};

/** `amount` of `unit` as whole minutes; undefined for empty, negative or non-numeric input. */
export function toMinutes(amount: string | number, unit: DurationUnit): number | undefined {
  const text = String(amount).trim().replace(',', '.');
  if (text === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) return undefined;
  return Math.round(value * MINUTES_PER_UNIT[unit]);
}

/**
 * The largest unit in which `minutes` is a whole number (or has at most one decimal for days and
 * weeks), so that "2 days" stays "2 days" when the form is opened again.
 */
export function splitMinutes(minutes: number): { amount: number; unit: DurationUnit } {
  if (minutes === 0) return { amount: 0, unit: 'minutes' };
  for (const unit of ['weeks', 'days', 'hours'] as const) {
    const amount = minutes / MINUTES_PER_UNIT[unit];
    if (Number.isInteger(amount)) return { amount, unit };
  }
  const hours = minutes / 60;
  if (minutes >= 600 && Number.isInteger(hours * 2)) return { amount: hours, unit: 'hours' };
  return { amount: minutes, unit: 'minutes' };
}
