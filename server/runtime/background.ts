import type { FastifyInstance } from 'fastify';
import { runsBackgroundWork } from '../config.ts';

export interface BackgroundTick<T = unknown> {
  /** For the log line when a step fails. */
  name: string;
  intervalMs: number;
  /** Wait before the first step (default: one interval). */
  firstDelayMs?: number;
  /** One step; a failure is logged and the step runs again at the next tick. */
  step: (isClosing: () => boolean) => Promise<T>;
  /** The wait after a step that succeeded with `result` (default: one interval); 0 goes on at once. */
  delayAfter?: (result: T) => number;
  /** Releases what the steps hold, once the last step has ended. */
  release?: () => void;
}

export interface BackgroundLoop {
  /** No step starts any more; resolves when the running one has ended (and `release` has run). */
  stop: () => Promise<void>;
}

/**
 * Runs `step` until stopped: one step at a time, the next one `delayAfter` (or an interval) after the
 * last ended. The server runs it through `installBackgroundTick`; a benchmark may run it bare.
 */
export function startBackgroundLoop<T>(
  tick: BackgroundTick<T>,
  onError: (err: unknown) => void,
): BackgroundLoop {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let closing = false;
  const isClosing = () => closing;
  const run = () => {
    let delay = tick.intervalMs;
    running = tick
      .step(isClosing)
      .then((result) => {
        delay = tick.delayAfter?.(result) ?? tick.intervalMs;
      })
      .catch((err: unknown) => {
        if (!closing) onError(err);
      })
      .finally(() => {
        if (!closing) timer = setTimeout(run, delay).unref();
      });
  };
  timer = setTimeout(run, tick.firstDelayMs ?? tick.intervalMs).unref();
  return {
    stop: async () => {
      closing = true;
      if (timer) clearTimeout(timer);
      await running;
      tick.release?.();
    },
  };
}

/**
 * Runs a background loop while the app is up, never surfaced to a user: it starts when the app is
 * ready, and the app waits for a running step before it closes. With several server processes only
 * worker 0 runs background work (config.ts: runsBackgroundWork), so each tick happens once per
 * database, not once per process.
 */
export function installBackgroundTick<T>(app: FastifyInstance, tick: BackgroundTick<T>): void {
  if (!runsBackgroundWork(app.config)) return;
  let loop: BackgroundLoop | undefined;
  app.addHook('onReady', async () => {
    loop = startBackgroundLoop(tick, (err) => app.log.warn({ err }, `${tick.name} failed`));
  });
  app.addHook('onClose', async () => {
    await loop?.stop();
  });
}
