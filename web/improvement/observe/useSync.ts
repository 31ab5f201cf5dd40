import { useCallback, useEffect, useRef, useState } from 'react';
import { improvementApi } from '../api.ts';
import { uploadPhoto } from './photo.ts';
import {
  isNetworkFailure,
  loadQueue,
  pendingCount,
  type Queue,
  removeConfirmed,
  saveQueue,
} from './queue.ts';

export interface SyncState {
  queue: Queue;
  online: boolean;
  syncing: boolean;
  /** The last send failed (network or server); the queue is kept and sent again. */
  failed: boolean;
  /** Changes the queue and stores it at once; false when the device is out of space. */
  update: (change: (queue: Queue) => Queue) => boolean;
  sync: () => Promise<void>;
}

/**
 * The phone's outbox. Everything recorded goes into localStorage first and is sent when the network is
 * there: on every change, when the browser comes back online, and on request. The server keys writes
 * by the phone's ids, so a request that got through but whose answer was lost is simply sent again.
 */
export function useObservationSync(csrf: string): SyncState {
  const [queue, setQueue] = useState<Queue>(() => loadQueue());
  const [online, setOnline] = useState(() => navigator.onLine);
  const [syncing, setSyncing] = useState(false);
  const [failed, setFailed] = useState(false);
  const current = useRef(queue);
  const busy = useRef(false);

  const update = useCallback((change: (q: Queue) => Queue) => {
    const next = change(current.current);
    const saved = saveQueue(next);
    if (saved) {
      current.current = next;
      setQueue(next);
    }
    return saved;
  }, []);

  const sync = useCallback(async () => {
    if (busy.current || !navigator.onLine) return;
    busy.current = true;
    setSyncing(true);
    try {
      const sent = current.current;
      if (sent.sessions.length + sent.observations.length > 0) {
        const confirmed = await improvementApi.sync({
          sessions: sent.sessions,
          observations: sent.observations,
        });
        update((q) => removeConfirmed(q, sent, confirmed));
      }
      for (const photo of current.current.photos) {
        if (current.current.observations.some((o) => o.id === photo.observationId)) continue;
        if (await uploadPhoto(photo.observationId, photo.type, photo.dataUrl, csrf))
          update((q) => ({ ...q, photos: q.photos.filter((p) => p !== photo) }));
      }
      setFailed(false);
    } catch (error) {
      // No network (or no API behind the gateway): keep everything and try again. A refusal is kept too,
      // so nothing recorded is lost; the status line says it could not be sent yet.
      setFailed(true);
      if (isNetworkFailure(error)) setOnline(false);
    } finally {
      busy.current = false;
      setSyncing(false);
    }
  }, [csrf, update]);

  useEffect(() => {
    const goOnline = () => {
      setOnline(true);
      void sync();
    };
    const goOffline = () => setOnline(false);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    void sync();
    return () => {
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
    };
  }, [sync]);

  // While something waits after a failed send, try again now and then (the 'online' event does not fire
  // when the browser thought it was online all along, e.g. behind a captive portal).
  const waiting = pendingCount(queue) > 0;
  useEffect(() => {
    if (!failed || !waiting) return;
    const timer = window.setInterval(() => {
      if (navigator.onLine) setOnline(true);
      void sync();
    }, 15_000);
    return () => window.clearInterval(timer);
  }, [failed, waiting, sync]);

  return { queue, online, syncing, failed, update, sync };
}
