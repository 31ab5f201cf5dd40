import type { FastifyInstance } from 'fastify';
import { runsBackgroundWork } from '../config.ts';

export interface BackgroundTick {
  /** For the log line when a step fails. */
  name: string;
  intervalMs: number;
  /** Wait before the first step (default: one interval). */
  firstDelayMs?: number;
  /** One step; a failure is logged and the step runs again at the next tick. */
  step: (isClosing: () => boolean) => Promise<unknown>;
}

/**
 * Runs `step` in the background while the app is up: one step at a time, the next one an interval
 * after the last ended, never surfaced to a user. The app waits for a running step before it closes.
 * With several server processes only worker 0 runs background work (config.ts: runsBackgroundWork),
 * so each tick happens once per database, not once per process.
 */
export function installBackgroundTick(app: FastifyInstance, tick: BackgroundTick): void {
  if (!runsBackgroundWork(app.config)) return;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let closing = false;
  const isClosing = () => closing;
  const run = () => {
    running = tick
      .step(isClosing)
      .catch((err: unknown) => {
        if (!closing) app.log.warn({ err }, `${tick.name} failed`);
      })
      .finally(() => {
        if (!closing) timer = setTimeout(run, tick.intervalMs).unref();
      });
  };
  app.addHook('onReady', async () => {
    timer = setTimeout(run, tick.firstDelayMs ?? tick.intervalMs).unref();
  });
  app.addHook('onClose', async () => {
    closing = true;
    if (timer) clearTimeout(timer);
    await running;
  });
}
