import type { Kysely } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { type ContextSnapshot, loadSnapshot, readSnapshotVersion } from './context-snapshot.ts';

/** Enough for every municipality one instance serves; the oldest entry goes first beyond it. */
const MAX_ENTRIES = 256;

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

async function settle<T>(f: () => Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await f() };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Per-municipality snapshots (settings, unit tree, surveys) kept between requests. An entry is never
 * trusted on its own: every use is checked against the database's current version (one small
 * statement), so writes from any process, or straight to the database, are seen by the next request.
 * What the cache saves is loading and parsing the units and surveys and building the tree each time.
 */
export class SnapshotCache {
  readonly #entries = new Map<string, ContextSnapshot>();

  /** A snapshot that is current now: the cached one if its version still matches, else a fresh one. */
  async current(db: Kysely<Database>, tenant: Tenant): Promise<ContextSnapshot> {
    const cached = this.#entries.get(tenant.municipalityId);
    if (cached && cached.version === (await readSnapshotVersion(db, tenant))) return cached;
    return this.#refresh(db, tenant);
  }

  /**
   * Runs `view` on the cached snapshot while the version check runs beside it on another connection,
   * so a request with a warm cache waits for one round trip instead of two. If the version changed,
   * the result (or error: e.g. a unit created since) is thrown away and the view runs again on a fresh
   * snapshot; the answer is therefore always computed from a snapshot that was current.
   */
  async run<T>(db: Kysely<Database>, tenant: Tenant, view: (s: ContextSnapshot) => Promise<T>): Promise<T> {
    const cached = this.#entries.get(tenant.municipalityId);
    if (cached) {
      const [version, result] = await Promise.all([
        settle(() => readSnapshotVersion(db, tenant)),
        settle(() => view(cached)),
      ]);
      if (!version.ok) throw version.error;
      if (version.value === cached.version) {
        if (result.ok) return result.value;
        throw result.error;
      }
    }
    return view(await this.#refresh(db, tenant));
  }

  /** Forgets every entry (tests; a process that knows it changed everything). */
  clear(): void {
    this.#entries.clear();
  }

  async #refresh(db: Kysely<Database>, tenant: Tenant): Promise<ContextSnapshot> {
    const fresh = await loadSnapshot(db, tenant);
    this.#entries.delete(tenant.municipalityId);
    this.#entries.set(tenant.municipalityId, fresh);
    if (this.#entries.size > MAX_ENTRIES) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    return fresh;
  }
}
