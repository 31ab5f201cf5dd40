import type { FastifyInstance } from 'fastify';
import type { DatabaseKind } from '../db/database.ts';
import { installBackgroundTick } from '../runtime/background.ts';
import { rollUpStep } from './repository.ts';

/** How often queued responses are moved into the rollup. Reads are exact either way; this keeps them fast. */
export const ROLLUP_INTERVAL_MS = 5_000;

/**
 * Responses per roll-up step, by database. PGlite has one connection: a step holds it for its
 * transaction, so 1,000 responses (some tens of ms) is as long as a citizen's submission waits behind
 * it; a backlog is drained in consecutive steps with the connection free in between (bench/survey-submit.ts,
 * 2,800 responses/s: p99 1,234–1,417 ms with the whole queue in one step, 187–203 ms in steps of 1,000).
 * PostgreSQL's other connections do not wait for the roll-up, and there smaller steps cost more CPU per
 * response (every 1 s instead of 5: +20–40 µs, docs/performance/workers.md): one step takes the queue.
 */
export const ROLLUP_STEP_RESPONSES: Record<DatabaseKind, number> = { pglite: 1_000, postgres: 1_000_000 };

/** Moves queued responses into the rollup in the background while the app is up (one step at a time). */
export function installRollupScheduler(
  app: FastifyInstance,
  intervalMs = ROLLUP_INTERVAL_MS,
  stepResponses = ROLLUP_STEP_RESPONSES[app.dbKind],
): void {
  installBackgroundTick(app, {
    name: 'dashboard roll-up',
    intervalMs,
    step: () => rollUpStep(app.db, stepResponses),
    // A full step means more is queued: go on at once (after what waits for the connection).
    delayAfter: (moved) => (moved >= stepResponses ? 0 : intervalMs),
  });
}
