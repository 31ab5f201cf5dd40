import { readDateParts } from './timestamp.ts';

/**
 * Reads a calendar date as written in Danish/Norwegian spreadsheets and in ISO form: 2024-03-12,
 * 12-03-2024, 12.03.2024, 12/03/2024 (day first, as in both countries), optionally with a time. Returns
 * ISO `YYYY-MM-DD` as written (a zone does not move the day), or null when the text is not a real date
 * (31.02.2024 and 2023-02-29 are refused) or its year is outside `years`.
 */
export function parseCalendarDate(raw: string, years: { min: number; max: number }): string | null {
  const p = readDateParts(raw, 'YMD') ?? readDateParts(raw, 'DMY');
  if (!p || p.year < years.min || p.year > years.max) return null;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
}
