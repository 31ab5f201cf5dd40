import type { Kysely } from 'kysely';
import { screenText } from '../../shared/screening/index.ts';
import type { AuthContext } from '../auth/context.ts';
import type { Database } from '../db/types.ts';

export type Db = Kysely<Database>;

/**
 * Free text written by staff about citizens (observations, interview notes, quotes) is screened for CPR
 * numbers, fødselsnumre, e-mail addresses and phone numbers before it is stored: a note taken in a hurry
 * at the desk must not become a register of personal data.
 */
export function screened(auth: Pick<AuthContext, 'locale'>, text: string): string {
  return screenText(text, auth.locale).text;
}

/** `YYYY-MM-DD` of a date column stored as midnight UTC. */
export function isoDay(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

/** Midnight UTC of a `YYYY-MM-DD` day; the end of a period is the start of the next day (exclusive). */
export function dayStart(day: string, plusDays = 0): Date {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d;
}
