import type { z } from 'zod';
import type { SyncSession } from '../../../shared/api/improvement/observations.ts';
import type { ObservationInput } from '../types.ts';

/** A session as the phone keeps it until the server has it. */
export type QueuedSession = z.output<typeof SyncSession>;

export interface QueuedPhoto {
  observationId: string;
  type: string;
  /** Base64 data URL, so it survives in localStorage until it can be sent. */
  dataUrl: string;
}

/** Everything recorded but not yet confirmed by the server. */
export interface Queue {
  sessions: QueuedSession[];
  observations: ObservationInput[];
  photos: QueuedPhoto[];
}

export const EMPTY_QUEUE: Queue = { sessions: [], observations: [], photos: [] };

/** Adds or replaces a session (the same id again carries the end time). */
export function queueSession(queue: Queue, session: QueuedSession): Queue {
  return { ...queue, sessions: [...queue.sessions.filter((s) => s.id !== session.id), session] };
}

export function queueObservation(queue: Queue, observation: ObservationInput, photo?: QueuedPhoto): Queue {
  return {
    ...queue,
    observations: [...queue.observations.filter((o) => o.id !== observation.id), observation],
    photos: photo ? [...queue.photos, photo] : queue.photos,
  };
}

/**
 * Removes what the server confirmed, comparing against the queue as it is *now*: anything added while
 * the request was on its way stays. A session is kept if it changed (e.g. was stopped) after being sent,
 * so the end time is sent next time. Photos wait until their observation is confirmed.
 */
export function removeConfirmed(
  queue: Queue,
  sent: Pick<Queue, 'sessions'>,
  confirmed: { sessionIds: string[]; observationIds: string[] },
): Queue {
  const sessionIds = new Set(confirmed.sessionIds);
  const observationIds = new Set(confirmed.observationIds);
  const sentAs = new Map(sent.sessions.map((s) => [s.id, s.endedAt]));
  return {
    sessions: queue.sessions.filter((s) => !(sessionIds.has(s.id) && sentAs.get(s.id) === s.endedAt)),
    observations: queue.observations.filter((o) => !observationIds.has(o.id)),
    photos: queue.photos,
  };
}

/** Number of things still waiting to be sent. */
export function pendingCount(queue: Queue): number {
  return queue.sessions.length + queue.observations.length + queue.photos.length;
}

const KEY = 'bb.improvement.queue.v1';

/** The queue from localStorage; a damaged entry is read as empty rather than breaking the page. */
export function loadQueue(storage: Storage = localStorage): Queue {
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return EMPTY_QUEUE;
    const parsed = JSON.parse(raw) as Partial<Queue>;
    return {
      sessions: parsed.sessions ?? [],
      observations: parsed.observations ?? [],
      photos: parsed.photos ?? [],
    };
  } catch {
    return EMPTY_QUEUE;
  }
}

/** Saves the queue; false when the device is out of space (the caller tells the user). */
export function saveQueue(queue: Queue, storage: Storage = localStorage): boolean {
  try {
    storage.setItem(KEY, JSON.stringify(queue));
    return true;
  } catch {
    return false;
  }
}

/** A random v4 uuid, made on the phone so that a retried sync is recognised by the server. */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A short name of this device for the list of open sessions ("iPhone · Safari"); '' when unknown. */
export function deviceLabel(userAgent: string): string {
  const ua = userAgent;
  const device = /iPad/.test(ua)
    ? 'iPad'
    : /iPhone/.test(ua)
      ? 'iPhone'
      : /Android/.test(ua)
        ? 'Android'
        : /Windows/.test(ua)
          ? 'Windows'
          : /Mac OS X|Macintosh/.test(ua)
            ? 'Mac'
            : /Linux/.test(ua)
              ? 'Linux'
              : '';
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrome\/|CriOS\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : '';
  return [device, browser].filter(Boolean).join(' · ');
}

/**
 * Whether a failed send means "no network" (keep the queue, try again later) rather than a refusal
 * the server gave: the client reports a fetch that never got an answer as code 'network', and a
 * gateway without the API behind it answers 502–504.
 */
export function isNetworkFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; status?: unknown };
  return e.code === 'network' || (typeof e.status === 'number' && e.status >= 502 && e.status <= 504);
}

/** The status line's parts: connection, and either how many wait to be sent or that all is sent. */
export function syncLine(s: { online: boolean; pending: number; failed: boolean }) {
  return {
    connection: s.online && !s.failed ? ('online' as const) : ('offline' as const),
    waiting: s.pending,
    /** The last send failed and something still waits: say so, it is sent again by itself. */
    failed: s.failed && s.pending > 0,
  };
}
