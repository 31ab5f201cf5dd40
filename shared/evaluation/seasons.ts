/** A season or school-holiday period that can change how citizens use a service. */
export type SeasonalPeriod =
  | 'winter'
  | 'spring'
  | 'summer'
  | 'autumn'
  | 'summer_holiday'
  | 'christmas'
  | 'winter_break'
  | 'easter';

export interface Span {
  start: string;
  end: string;
}

const DAY = 86_400_000;
const SEASONS: SeasonalPeriod[] = ['winter', 'winter', 'spring', 'spring', 'spring', 'summer'];

function utc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Meteorological season by month (Dec–Feb winter, Mar–May spring, Jun–Aug summer, Sep–Nov autumn). */
function season(d: Date): SeasonalPeriod {
  const m = d.getUTCMonth();
  if (m === 11) return 'winter';
  if (m >= 8) return 'autumn';
  return SEASONS[m] ?? 'summer';
}

/** Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher), as UTC midnight. */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((8 * b + 13) / 25)) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

/** ISO-8601 week number. */
function isoWeek(d: Date): number {
  const t = new Date(d.getTime());
  t.setUTCDate(t.getUTCDate() + 3 - ((t.getUTCDay() + 6) % 7));
  const jan4 = new Date(Date.UTC(t.getUTCFullYear(), 0, 4));
  return 1 + Math.round((t.getTime() - jan4.getTime()) / DAY / 7 - (3 - ((jan4.getUTCDay() + 6) % 7)) / 7);
}

/**
 * Holiday periods common to Denmark and Norway: summer holidays (July), Christmas and New Year
 * (21 Dec – 2 Jan, the usual school break), winter break (weeks 7–8; the Danish week 7 and the Norwegian weeks 8–9 vary by
 * region, so 7–8 covers most), Easter (Palm Sunday to Easter Monday).
 */
function holiday(d: Date): SeasonalPeriod | null {
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  if (m === 6) return 'summer_holiday';
  if ((m === 11 && day >= 21) || (m === 0 && day <= 2)) return 'christmas';
  const w = isoWeek(d);
  if (w === 7 || w === 8) return 'winter_break';
  const easter = easterSunday(d.getUTCFullYear()).getTime();
  if (d.getTime() >= easter - 7 * DAY && d.getTime() <= easter + DAY) return 'easter';
  return null;
}

/** The seasons and holiday periods a span of days (inclusive, ISO dates) touches, in calendar order. */
export function seasonalPeriods(span: Span): SeasonalPeriod[] {
  const found = new Set<SeasonalPeriod>();
  const end = utc(span.end).getTime();
  for (let t = utc(span.start).getTime(); t <= end; t += DAY) {
    const d = new Date(t);
    found.add(season(d));
    const h = holiday(d);
    if (h) found.add(h);
  }
  return [...found];
}

/**
 * The seasons and holiday periods only one of the two periods touches. A non-empty answer means part of
 * any difference may be the time of year rather than the change tried, and the report says so.
 */
export function seasonalDifferences(
  before: Span,
  after: Span,
): { onlyBefore: SeasonalPeriod[]; onlyAfter: SeasonalPeriod[] } {
  const a = seasonalPeriods(before);
  const b = seasonalPeriods(after);
  return { onlyBefore: a.filter((p) => !b.includes(p)), onlyAfter: b.filter((p) => !a.includes(p)) };
}
