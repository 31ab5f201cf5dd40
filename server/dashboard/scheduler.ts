import type { FastifyInstance } from 'fastify';
import { rollUp } from './repository.ts';

/** How often queued responses are moved into the rollup. Reads are exact either way; this keeps them fast. */
export const ROLLUP_INTERVAL_MS = 5_000;

/**
 * Runs the rollup step in the background while the app is up. One step at a time; a failure is
 * logged and retried on the next tick, never surfaced to a user.
 */
export function installRollupScheduler(app: FastifyInstance, intervalMs = ROLLUP_INTERVAL_MS): void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let closing = false;
  const tick = () => {
    running = rollUp(app.db)
      .catch((error: unknown) => {
        if (!closing) app.log.warn({ err: error }, 'dashboard roll-up failed');
      })
      .finally(() => {
        if (!closing) timer = setTimeout(tick, intervalMs).unref();
      });
  };
  app.addHook('onReady', async () => {
    timer = setTimeout(tick, intervalMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    closing = true;
    if (timer) clearTimeout(timer);
    await running;
  });
}
