import type { ObservationInput } from '../types.ts';
import type { QueuedSession } from './queue.ts';

/** The session running on this phone, with what was noted so far (for display; the queue holds the truth). */
export interface ActiveSession {
  session: QueuedSession;
  observations: (ObservationInput & { hasPhoto: boolean })[];
}

const KEY = 'bb.improvement.active.v1';

/** The running session survives a reload, also without network. */
export function loadActive(): ActiveSession | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as ActiveSession) : null;
  } catch {
    return null;
  }
}

export function saveActive(active: ActiveSession | null): void {
  try {
    if (active) localStorage.setItem(KEY, JSON.stringify(active));
    else localStorage.removeItem(KEY);
  } catch {
    // Out of space: the queue (saved first) still holds every observation.
  }
}
