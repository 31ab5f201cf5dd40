import { z } from 'zod';
import { OBSERVATION_CATEGORIES } from '../../evaluation/categories.ts';

const Tag = z.string().trim().min(1).max(40);

/** A session as the phone queued it: the id is the phone's, so a retried sync is harmless. */
export const SyncSession = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    place: z.string().trim().max(120).default(''),
    /** A short name of the phone or browser ("iPhone · Safari"), shown in the list of open sessions. */
    device: z.string().trim().max(120).default(''),
    startedAt: z.iso.datetime({ offset: true }),
    endedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .strict();

export const SyncObservation = z
  .object({
    id: z.uuid(),
    sessionId: z.uuid(),
    observedAt: z.iso.datetime({ offset: true }),
    category: z.enum(OBSERVATION_CATEGORIES),
    what: z.string().trim().min(1).max(2000),
    citizens: z.int().min(0).max(500).default(1),
    severity: z.int().min(1).max(3).default(1),
    tags: z.array(Tag).max(10).default([]),
  })
  .strict();

export const SyncBody = z
  .object({
    sessions: z.array(SyncSession).max(200).default([]),
    observations: z.array(SyncObservation).max(2000).default([]),
  })
  .strict();
export type SyncInput = z.infer<typeof SyncBody>;

export const SyncResponse = z.object({
  sessionIds: z.array(z.string()),
  observationIds: z.array(z.string()),
});

export const IdParams = z.object({ id: z.uuid() }).strict();

export const PhotoQuery = z
  .object({
    /** The observer confirms that no face can be seen; without it nothing is stored. */
    noFaces: z.literal('true'),
  })
  .strict();

export const Observation = z.object({
  id: z.string(),
  sessionId: z.string(),
  observedAt: z.string(),
  category: z.string(),
  what: z.string(),
  citizens: z.number(),
  severity: z.number(),
  tags: z.array(z.string()),
  hasPhoto: z.boolean(),
});
export type ObservationDto = z.infer<typeof Observation>;

export const Session = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  observerName: z.string(),
  place: z.string(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  hours: z.number(),
  observationCount: z.number(),
});
export type SessionDto = z.infer<typeof Session>;

export const SessionList = z.object({ sessions: z.array(Session), totalHours: z.number() });
export const SessionDetail = z.object({ session: Session, observations: z.array(Observation) });

/** A session still open (no end time), with where and when it was last used. */
export const OpenSession = Session.extend({
  observerId: z.string(),
  device: z.string(),
  lastActivityAt: z.string(),
  /** True when it is the caller's own session. */
  mine: z.boolean(),
});
export type OpenSessionDto = z.infer<typeof OpenSession>;
export const OpenSessionList = z.object({ sessions: z.array(OpenSession) });

export const ResumeBody = z.object({ device: z.string().trim().max(120).default('') }).strict();
export const ResumeResponse = z.object({ session: OpenSession, observations: z.array(Observation) });

export const ClosedSession = Session.extend({
  closedByName: z.string().nullable(),
  endedAt: z.string(),
});
export const CloseResponse = z.object({ session: ClosedSession });
