import { describe, expect, it } from 'vitest';
import type { ObservationInput } from '../types.ts';
import {
  deviceLabel,
  EMPTY_QUEUE,
  isNetworkFailure,
  loadQueue,
  pendingCount,
  queueObservation,
  queueSession,
  removeConfirmed,
  saveQueue,
  syncLine,
} from './queue.ts';

const session = {
  id: 's1',
  unitId: 'u',
  place: '',
  device: '',
  startedAt: '2026-01-01T08:00:00Z',
  endedAt: null,
};
const obs = (id: string): ObservationInput => ({
  id,
  sessionId: 's1',
  observedAt: '2026-01-01T08:05:00Z',
  category: 'arrival',
  what: 'x',
  citizens: 1,
  severity: 1,
  tags: [],
});

describe('offline queue', () => {
  it('keeps what was added while a sync was on its way', () => {
    const sent = queueObservation(queueSession(EMPTY_QUEUE, session), obs('o1'));
    const later = queueObservation(sent, obs('o2'));
    const left = removeConfirmed(later, sent, { sessionIds: ['s1'], observationIds: ['o1'] });
    expect(left.observations.map((o) => o.id)).toEqual(['o2']);
    expect(left.sessions).toHaveLength(0);
  });

  it('sends a session again when it was stopped after being sent', () => {
    const sent = queueSession(EMPTY_QUEUE, session);
    const stopped = queueSession(sent, { ...session, endedAt: '2026-01-01T09:00:00Z' });
    const left = removeConfirmed(stopped, sent, { sessionIds: ['s1'], observationIds: [] });
    expect(left.sessions[0]?.endedAt).toBe('2026-01-01T09:00:00Z');
    expect(pendingCount(left)).toBe(1);
  });

  it('replaces rather than duplicates the same id', () => {
    const q = queueObservation(queueObservation(EMPTY_QUEUE, obs('o1')), obs('o1'));
    expect(q.observations).toHaveLength(1);
  });
});

describe('offline queue: resend and status', () => {
  it('a resend after a lost answer sends the same ids, so the server can recognise them', () => {
    const q = queueObservation(queueSession(EMPTY_QUEUE, session), obs('o1'));
    // The answer never came: nothing is confirmed, the very same items go again.
    const again = removeConfirmed(q, q, { sessionIds: [], observationIds: [] });
    expect(again.observations.map((o) => o.id)).toEqual(['o1']);
    expect(removeConfirmed(again, again, { sessionIds: ['s1'], observationIds: ['o1'] })).toEqual(
      EMPTY_QUEUE,
    );
  });

  it('survives a reload through storage and reads a damaged entry as empty', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    } as unknown as Storage;
    const q = queueObservation(queueSession(EMPTY_QUEUE, session), obs('o1'));
    expect(saveQueue(q, storage)).toBe(true);
    expect(loadQueue(storage)).toEqual(q);
    store.set('bb.improvement.queue.v1', '{broken');
    expect(loadQueue(storage)).toEqual(EMPTY_QUEUE);
  });

  it('tells a network failure from a refusal', () => {
    expect(isNetworkFailure({ code: 'network', status: 0 })).toBe(true);
    expect(isNetworkFailure({ code: 'unexpected', status: 503 })).toBe(true);
    expect(isNetworkFailure({ code: 'validation_failed', status: 400 })).toBe(false);
    expect(isNetworkFailure(null)).toBe(false);
  });

  it('shows offline and the waiting count while sends fail', () => {
    expect(syncLine({ online: true, pending: 0, failed: false })).toEqual({
      connection: 'online',
      waiting: 0,
      failed: false,
    });
    // A failed send with work still waiting says so ("could not send yet"), not just "offline".
    expect(syncLine({ online: true, pending: 2, failed: true })).toEqual({
      connection: 'offline',
      waiting: 2,
      failed: true,
    });
    expect(syncLine({ online: false, pending: 1, failed: false })).toEqual({
      connection: 'offline',
      waiting: 1,
      failed: false,
    });
    expect(syncLine({ online: true, pending: 0, failed: true }).failed).toBe(false);
  });

  it('names the device from its user agent', () => {
    const iphone =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';
    expect(deviceLabel(iphone)).toBe('iPhone · Safari');
    expect(
      deviceLabel('Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36'),
    ).toBe('Android · Chrome');
    expect(deviceLabel('')).toBe('');
  });
});
