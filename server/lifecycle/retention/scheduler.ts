import type { FastifyInstance } from 'fastify';
import type { Tenant } from '../../auth/context.ts';
import { installBackgroundTick } from '../../runtime/background.ts';
import type { Clock } from '../clock.ts';
import { type KindOutcome, runRetention } from './job.ts';
import { dueMunicipalities } from './repository.ts';
import { sendDueWarnings } from './warnings.ts';

const DAY = 86_400_000;
/** How often the scheduler looks for municipalities whose daily run is due. */
export const RETENTION_TICK_MS = 15 * 60_000;

/** Runs retention for one municipality at a time per municipality: a second request waits for the first. */
export class RetentionRunner {
  readonly #running = new Map<string, Promise<KindOutcome[]>>();

  constructor(
    private readonly app: FastifyInstance,
    private readonly clock: Clock,
  ) {}

  run(tenant: Tenant, trigger: 'schedule' | 'manual', actorUserId: string | null): Promise<KindOutcome[]> {
    const m = tenant.municipalityId;
    const previous = this.#running.get(m) ?? Promise.resolve([]);
    const next = previous
      .catch(() => [])
      .then(async () => {
        const now = this.clock.now();
        const outcomes = await runRetention(
          this.app.db,
          { municipalityId: m },
          {
            now,
            trigger,
            actorUserId,
            dataDir: this.app.config.dataDir,
          },
        );
        await sendDueWarnings(this.app.db, { municipalityId: m }, now, this.app.log);
        return outcomes;
      });
    this.#running.set(m, next);
    void next
      .finally(() => {
        if (this.#running.get(m) === next) this.#running.delete(m);
      })
      .catch(() => undefined);
    return next;
  }

  /** Every municipality whose last run is a day old or more. */
  async runDue(): Promise<void> {
    const due = await dueMunicipalities(this.app.db, new Date(this.clock.now().getTime() - DAY));
    for (const municipalityId of due) await this.run({ municipalityId }, 'schedule', null);
  }

  /** Waits for runs in flight (on close). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.#running.values()]);
  }
}

/** The daily job: checks every tick, runs what is due; a failure is logged and retried next tick. */
export function installRetentionScheduler(
  app: FastifyInstance,
  runner: RetentionRunner,
  intervalMs = RETENTION_TICK_MS,
) {
  installBackgroundTick(app, {
    name: 'retention run',
    intervalMs,
    // The first look comes a minute after start, so a server restarted daily still runs the job.
    firstDelayMs: Math.min(intervalMs, 60_000),
    step: () => runner.runDue(),
  });
}
