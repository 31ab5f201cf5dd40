import type { Kysely } from 'kysely';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Database } from '../../db/types.ts';
import type { BackgroundTick } from '../../runtime/background.ts';
import { nextAttemptAt } from './backoff.ts';
import {
  type DueDelivery,
  markAttemptFailed,
  markDelivered,
  pendingDeliveries,
} from './outbox-repository.ts';
import { flushResponseTicks } from './response-ticks.ts';
import type { SendResult, WebhookSender } from './sender.ts';
import { signPayload } from './signature.ts';

export interface WorkerOptions {
  retryBaseMs: number;
  /** Pending rows read per scan. */
  batch?: number;
  /** Subscriptions served at the same time (each one's events go out one after the other, in order). */
  concurrency?: number;
}

/** Wait between scans when nothing was due. */
const POLL_MS = 200;

const TICK_FLUSH_MS = 10_000;
/** How often a scan starts from the first row again (see `floor`). */
const FULL_SCAN_MS = 10_000;
/** Delivered rows are marked in groups: after a crash at most this many are sent again. */
const MARK_EVERY = 50;

/**
 * Delivers the outbox: at least once, in order per subscription. A failed delivery holds back the
 * later ones of its subscription until it succeeds or is given up after a day of back-off; other
 * subscriptions go on. State lives only in the database, so a restart (or kill -9) resumes where it
 * stopped; a delivery sent just before the crash may arrive twice, with the same event id.
 * It runs as a background tick (`tick()`, server/runtime/background.ts): a scan at once after one that
 * had work, otherwise after a short wait.
 */
export class WebhookWorker {
  private lastTickFlush = 0;
  /**
   * Scans start at the lowest id that may still be pending: rows below it were delivered or given up,
   * and skipping them spares the index walk over just-updated rows (which made a big backlog drain
   * quadratically). A row whose transaction committed after higher ids were scanned is caught by the
   * full scan every FULL_SCAN_MS.
   */
  private floor = 0;
  private lastFullScan = 0;
  private settledIds: number[] = [];

  constructor(
    private readonly db: Kysely<Database>,
    private readonly box: SecretBox,
    private readonly sender: WebhookSender,
    private readonly o: WorkerOptions,
  ) {}

  /** The delivery loop as a background tick; the sender is closed after the last step. */
  tick(pollMs = POLL_MS): BackgroundTick<boolean> {
    return {
      name: 'webhook delivery',
      intervalMs: pollMs,
      firstDelayMs: 0,
      step: (isClosing) => this.step(isClosing),
      delayAfter: (busy) => (busy ? 0 : pollMs),
      release: () => this.sender.close(),
    };
  }

  /** Flushes the response ticks now and then, and scans once; true when something was attempted. */
  async step(isClosing: () => boolean = () => false): Promise<boolean> {
    if (Date.now() - this.lastTickFlush >= TICK_FLUSH_MS) {
      this.lastTickFlush = Date.now();
      await flushResponseTicks(this.db);
    }
    return this.round(isClosing);
  }

  /** One scan: sends what is due; true when something was attempted (then scan again at once). */
  async round(isClosing: () => boolean = () => false): Promise<boolean> {
    if (Date.now() - this.lastFullScan >= FULL_SCAN_MS) {
      this.floor = 0;
      this.lastFullScan = Date.now();
    }
    const rows = await pendingDeliveries(this.db, this.o.batch ?? 500, this.floor);
    const groups = new Map<string, DueDelivery[]>();
    for (const r of rows) {
      const key = `${r.municipality_id}|${r.subscription_id}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const now = Date.now();
    const ready = [...groups.values()].filter((g) => (g[0]?.next_attempt_at.getTime() ?? Infinity) <= now);
    const queue = [...ready];
    const lanes = Array.from({ length: Math.min(this.o.concurrency ?? 16, queue.length) }, async () => {
      for (let g = queue.shift(); g && !isClosing(); g = queue.shift()) await this.deliverChain(g, isClosing);
    });
    await Promise.all(lanes);
    // Everything below the first row left pending (not due, failed, or not reached) is settled.
    const settled = new Set(this.settledIds.splice(0));
    const firstOpen = rows.find((r) => !settled.has(r.id));
    const last = rows.at(-1);
    if (firstOpen) this.floor = firstOpen.id;
    else if (last) this.floor = last.id + 1;
    return ready.length > 0;
  }

  private async deliverChain(rows: DueDelivery[], isClosing: () => boolean) {
    const first = rows[0];
    if (!first) return;
    const secret = this.box.open(first.secret_box);
    const done: Array<{ municipality_id: string; id: number; status: number }> = [];
    for (const row of rows) {
      if (isClosing() || row.next_attempt_at.getTime() > Date.now()) break;
      const result = await this.send(row, secret);
      if (result.error === null && result.status !== null) {
        done.push({ municipality_id: row.municipality_id, id: row.id, status: result.status });
        this.settledIds.push(row.id);
        if (done.length >= MARK_EVERY) await markDelivered(this.db, done.splice(0));
        continue;
      }
      await markDelivered(this.db, done.splice(0));
      const retryAt = nextAttemptAt(row.attempts + 1, row.occurred_at, new Date(), this.o.retryBaseMs);
      await markAttemptFailed(this.db, row, result, retryAt);
      break;
    }
    await markDelivered(this.db, done);
  }

  private send(row: DueDelivery, secret: string): Promise<SendResult> {
    const body = JSON.stringify({
      id: row.event_id,
      type: row.event_type,
      occurredAt: row.occurred_at.toISOString(),
      municipalityId: row.municipality_id,
      data: row.payload,
    });
    const timestamp = Math.floor(Date.now() / 1000);
    return this.sender.send(
      row.url,
      {
        'content-type': 'application/json',
        'user-agent': 'Borgerblik-Webhooks/1',
        'borgerblik-event-id': row.event_id,
        'borgerblik-event-type': row.event_type,
        'borgerblik-delivery': String(row.id),
        'borgerblik-timestamp': String(timestamp),
        'borgerblik-signature': signPayload(secret, timestamp, body),
      },
      body,
    );
  }
}
