import type { FastifyInstance } from 'fastify';
import { installBackgroundTick } from '../runtime/background.ts';
import { rollUp } from './repository.ts';

/** How often queued responses are moved into the rollup. Reads are exact either way; this keeps them fast. */
export const ROLLUP_INTERVAL_MS = 5_000;

/** Moves queued responses into the rollup in the background while the app is up (one step at a time). */
export function installRollupScheduler(app: FastifyInstance, intervalMs = ROLLUP_INTERVAL_MS): void {
  installBackgroundTick(app, { name: 'dashboard roll-up', intervalMs, step: () => rollUp(app.db) });
}
