import { zCritical } from './dists.ts';
import type { Interval } from './summary.ts';

/**
 * Wilson score interval for a proportion `successes / n`. Unlike the Wald interval it stays inside
 * [0, 1] and behaves at 0 % and 100 %, which small municipal units hit often.
 *   centre = (p + z²/2n) / (1 + z²/n),  half = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n).
 * Returns null when n = 0.
 */
export function wilsonInterval(successes: number, n: number, level = 0.95): Interval | null {
  if (n <= 0) return null;
  if (successes < 0 || successes > n) throw new RangeError('successes must be between 0 and n');
  const z = zCritical(level);
  const p = successes / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + z2n);
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}
