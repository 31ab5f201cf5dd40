import { describe, expect, it } from 'vitest';
import { startBackgroundLoop } from './background.ts';

const until = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('startBackgroundLoop', () => {
  it('goes on at once after a step with work, waits an interval otherwise, and releases after the last step', async () => {
    const starts: number[] = [];
    const log: string[] = [];
    let work = 3;
    const loop = startBackgroundLoop(
      {
        name: 'test',
        intervalMs: 60_000,
        firstDelayMs: 0,
        step: async () => {
          starts.push(Date.now());
          work -= 1;
          return work > 0;
        },
        delayAfter: (busy) => (busy ? 0 : 60_000),
        release: () => log.push('released'),
      },
      () => log.push('error'),
    );
    await until(() => starts.length >= 3);
    await new Promise((r) => setTimeout(r, 50));
    // Three steps at once (two had work), then the interval: no fourth step yet.
    expect(starts).toHaveLength(3);
    await loop.stop();
    expect(log).toEqual(['released']);
  });

  it('reports a failed step and tries again after an interval; stop waits for the running step', async () => {
    const errors: unknown[] = [];
    let steps = 0;
    let finished = false;
    const loop = startBackgroundLoop(
      {
        name: 'test',
        intervalMs: 5,
        firstDelayMs: 0,
        step: async (isClosing) => {
          steps += 1;
          if (steps === 1) throw new Error('boom');
          await until(isClosing);
          finished = true;
        },
        delayAfter: () => 0,
      },
      (err) => errors.push(err),
    );
    await until(() => steps >= 2);
    await loop.stop();
    expect(finished).toBe(true);
    expect(errors).toHaveLength(1);
    expect(steps).toBe(2);
  });
});
