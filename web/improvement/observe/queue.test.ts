import { describe, expect, it } from 'vitest';
import type { ObservationInput } from '../types.ts';
import { EMPTY_QUEUE, pendingCount, queueObservation, queueSession, removeConfirmed } from './queue.ts';

const session = { id: 's1', unitId: 'u', place: '', startedAt: '2026-01-01T08:00:00Z', endedAt: null };
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
