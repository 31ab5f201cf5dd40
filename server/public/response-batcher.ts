import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { insertResponse, insertResponses, type TenantResponse } from './repository.ts';

interface Waiting {
  item: TenantResponse;
  resolve: (stored: boolean) => void;
  reject: (error: unknown) => void;
}

export interface BatcherOptions {
  /** Most responses in one statement. */
  maxBatch?: number;
  /** Statements in flight at once; more overlap commits, fewer make bigger batches. */
  maxInFlight?: number;
}

/**
 * Group commit for citizens' responses. Every submission waits for a durable commit before the citizen
 * sees "thank you" (nothing acknowledged is lost), but submissions that arrive while earlier ones are
 * being written share the next statement and its commit. With one citizen at a time nothing waits:
 * a lone submission is written at once. Under a burst (a queue at the reception, 50 phones after a
 * meeting) the cost per response falls from one commit to a fraction of one, which is what lets the
 * public endpoint keep up with the database's raw single-row rate.
 *
 * If a batch statement fails, its responses are retried one by one, so one bad response (say, for a
 * survey deleted a moment ago) fails alone and the others are still stored.
 */
export class ResponseBatcher {
  /** Batch statements written so far (for tests and the benchmark). */
  statements = 0;
  private readonly queue: Waiting[] = [];
  private inFlight = 0;
  private scheduled = false;
  private idle: (() => void)[] = [];
  private readonly maxBatch: number;
  private readonly maxInFlight: number;

  constructor(
    private readonly db: Kysely<Database>,
    options: BatcherOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 200;
    this.maxInFlight = options.maxInFlight ?? 2;
  }

  /** Stores a response; resolves after its commit with whether it was stored (false: a repeated idempotency key). */
  submit(item: TenantResponse): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** Resolves once nothing is queued or being written (used when the server shuts down). */
  drain(): Promise<void> {
    if (this.inFlight === 0 && this.queue.length === 0 && !this.scheduled) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  /**
   * Pumps once the current I/O phase is over (setImmediate), not at once: requests read from the
   * sockets in the same turn of the event loop then share one statement. This matters most on PGlite,
   * whose queries run on this thread and would otherwise start a one-response batch per turn.
   */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
      this.notifyIdle();
    });
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight++;
      void this.write(batch).finally(() => {
        this.inFlight--;
        this.schedule();
      });
    }
  }

  private notifyIdle(): void {
    if (this.inFlight === 0 && this.queue.length === 0 && !this.scheduled)
      for (const done of this.idle.splice(0)) done();
  }

  private async write(batch: Waiting[]): Promise<void> {
    this.statements++;
    try {
      const stored = await insertResponses(
        this.db,
        batch.map((w) => w.item),
      );
      for (const [i, w] of batch.entries()) w.resolve(stored[i] ?? false);
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.reject(error);
        return;
      }
      // One statement failed for all: find the culprit by writing each on its own.
      await Promise.all(
        batch.map(async (w) => {
          try {
            w.resolve((await insertResponse(this.db, w.item.tenant, w.item.response)).stored);
          } catch (single) {
            w.reject(single);
          }
        }),
      );
    }
  }
}
