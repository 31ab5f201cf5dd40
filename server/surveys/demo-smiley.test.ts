import { describe, expect, it } from 'vitest';
import { DEMO_OPENING_HOURS, openingHourPresses, zonedToUtc } from './demo-smiley.ts';

const local = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  hourCycle: 'h23',
  weekday: 'short',
  hour: 'numeric',
  minute: 'numeric',
});
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

describe('demo smiley presses', () => {
  it('converts Copenhagen wall-clock time in summer and winter', () => {
    expect(zonedToUtc(2026, 7, 1, 10, 0).toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(zonedToUtc(2026, 12, 1, 10, 0).toISOString()).toBe('2026-12-01T09:00:00.000Z');
  });

  it('falls within opening hours only, on weekdays, never in the future', () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const now = new Date('2026-11-20T12:00:00Z');
    const presses = openingHourPresses(rnd, now, 500);
    expect(presses).toHaveLength(500);
    for (const p of presses) {
      expect(p.getTime()).toBeLessThanOrEqual(now.getTime());
      const parts = Object.fromEntries(local.formatToParts(p).map((x) => [x.type, x.value]));
      const weekday = DAYS.indexOf(parts.weekday ?? '') + 1;
      const hours = DEMO_OPENING_HOURS[weekday];
      expect(hours, `${p.toISOString()} on ${parts.weekday}`).toBeDefined();
      const at = Number(parts.hour) + Number(parts.minute) / 60;
      expect(at).toBeGreaterThanOrEqual(hours?.[0] ?? 99);
      expect(at).toBeLessThan(hours?.[1] ?? 0);
    }
  });
});
