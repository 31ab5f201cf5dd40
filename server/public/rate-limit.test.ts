import { describe, expect, it } from 'vitest';
import { publicLimits, RateLimiter } from './rate-limit.ts';

describe('public rate limits', () => {
  it('counts per key in fixed windows and forgets expired windows', () => {
    const limiter = new RateLimiter(60_000);
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) expect(limiter.hit('survey:a', 3, t0 + i)).toBe(true);
    expect(limiter.hit('survey:a', 3, t0 + 10)).toBe(false);
    // Another survey, another client and another device have buckets of their own.
    expect(limiter.hit('survey:b', 3, t0 + 10)).toBe(true);
    expect(limiter.hit('device:1', 3, t0 + 10)).toBe(true);
    expect(limiter.hit('survey:a', 3, t0 + 60_001)).toBe(true);
  });

  it('reads overrides from the environment and ignores nonsense', () => {
    expect(publicLimits({ BORGERBLIK_PUBLIC_RATE_LIMITS: 'survey=5,client=x,bogus=3,device=0' })).toEqual({
      survey: 5,
      client: 20,
      device: 240,
      views: 300,
    });
  });
});
