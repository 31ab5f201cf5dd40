/**
 * Demo smiley presses that follow a citizen service's opening hours (Danish local time), so the heat map
 * of the demo looks like a real reception: nothing at night or at weekends, a midday peak, a long Thursday.
 */

/** Opening hours by ISO weekday (1 = Monday): [open, close) in local hours. */
export const DEMO_OPENING_HOURS: Record<number, readonly [number, number] | undefined> = {
  1: [10, 15],
  2: [10, 15],
  3: [10, 15],
  4: [10, 17.5],
  5: [10, 13],
};

const TIME_ZONE = 'Europe/Copenhagen';

/** The UTC instant of a wall-clock time in the time zone (two passes settle daylight-saving changes). */
export function zonedToUtc(y: number, m: number, d: number, hour: number, minute: number): Date {
  const wanted = Date.UTC(y, m - 1, d, hour, minute);
  let guess = wanted;
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  for (let i = 0; i < 2; i++) {
    const p = Object.fromEntries(fmt.formatToParts(new Date(guess)).map((x) => [x.type, Number(x.value)]));
    const shown = Date.UTC(p.year ?? y, (p.month ?? m) - 1, p.day ?? d, p.hour ?? hour, p.minute ?? minute);
    guess += wanted - shown;
  }
  return new Date(guess);
}

/**
 * `count` press times within opening hours over the `days` days before `now`, busiest around noon.
 * `rnd` is the seed's deterministic random source.
 */
export function openingHourPresses(rnd: () => number, now: Date, count: number, days = 28): Date[] {
  const out: Date[] = [];
  while (out.length < count) {
    const day = new Date(now.getTime() - Math.floor(rnd() * days) * 86_400_000);
    const weekday = ((day.getUTCDay() + 6) % 7) + 1;
    const hours = DEMO_OPENING_HOURS[weekday];
    if (!hours) continue;
    const [open, close] = hours;
    // Two uniform draws averaged: a triangular spread that peaks mid-opening.
    const at = open + ((rnd() + rnd()) / 2) * (close - open);
    const when = zonedToUtc(
      day.getUTCFullYear(),
      day.getUTCMonth() + 1,
      day.getUTCDate(),
      Math.floor(at),
      Math.floor((at % 1) * 60),
    );
    if (when.getTime() <= now.getTime()) out.push(when);
  }
  return out;
}
