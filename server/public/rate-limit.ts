/**
 * Fixed-window counters in memory, per key. Good enough for one process; several instances behind a
 * load balancer would each count their own share, which only makes the limit more lenient.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private lastSweep = 0;

  constructor(private readonly windowMs = 60_000) {}

  /** Counts one hit for `key`; false when the key has used up `limit` in the current window. */
  hit(key: string, limit: number, now = Date.now()): boolean {
    this.sweep(now);
    const w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      this.windows.set(key, { count: 1, resetAt: now + this.windowMs });
      return limit >= 1;
    }
    w.count += 1;
    return w.count <= limit;
  }

  // Drop expired windows now and then, so one-off clients do not accumulate.
  private sweep(now: number) {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
  }
}

/** Requests per minute on the public endpoints. */
export interface PublicLimits {
  /** Submissions per survey, from everyone together. */
  survey: number;
  /** Submissions per client address (a phone, or a whole office behind one address). */
  client: number;
  /** Submissions per registered kiosk device; several tablets behind one address each get this. */
  device: number;
  /** Page views per client address. */
  views: number;
}

const DEFAULT_LIMITS: PublicLimits = { survey: 1200, client: 20, device: 240, views: 300 };

/**
 * The limits, with overrides from BORGERBLIK_PUBLIC_RATE_LIMITS ("survey=100000,client=100000"), which
 * the benchmark uses to measure throughput rather than the limiter.
 */
export function publicLimits(env: NodeJS.ProcessEnv = process.env): PublicLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const part of (env.BORGERBLIK_PUBLIC_RATE_LIMITS ?? '').split(',')) {
    const [key, value] = part.split('=');
    const n = Number(value);
    if (key && key in limits && Number.isInteger(n) && n > 0) limits[key as keyof PublicLimits] = n;
  }
  return limits;
}
