/** Retries stop this long after the event: back-off covers at least a day of receiver downtime. */
export const RETRY_FOR_MS = 25 * 60 * 60 * 1000;
/** The longest wait between two attempts. */
export const MAX_DELAY_MS = 4 * 60 * 60 * 1000;

/**
 * When to try a delivery again after its `attempts`-th failure: base · 2^(attempts-1), capped, with
 * ±10 % jitter so receivers coming back are not hit by every sender at once; null once the event is
 * older than RETRY_FOR_MS (then the delivery is marked failed and can be sent again by hand).
 */
export function nextAttemptAt(
  attempts: number,
  occurredAt: Date,
  now: Date,
  baseMs: number,
  random = Math.random,
): Date | null {
  if (now.getTime() - occurredAt.getTime() >= RETRY_FOR_MS) return null;
  const delay = Math.min(MAX_DELAY_MS, baseMs * 2 ** Math.max(0, attempts - 1));
  return new Date(now.getTime() + delay * (0.9 + 0.2 * random()));
}
