import { z } from 'zod';
import { LIMITS } from './limits.ts';

/** Identifier of actors, steps and stages inside one journey (not globally unique). */
export const localIdSchema = z
  .string()
  .min(1)
  .max(LIMITS.idChars)
  .regex(/^[A-Za-z0-9_.:-]+$/, { message: 'use letters, digits, "_", "-", "." or ":"' });

const label = z.string().trim().min(1).max(LIMITS.labelChars);
const optionalLabel = z.string().trim().max(LIMITS.labelChars).optional();

/**
 * Fields every actor shares. `unitId` links to an org unit in the database; `unitName` is a hint used
 * by seeds and imports to find that unit by name when the id is unknown. `department` is the municipal
 * department key and `organisation` the organisation key; together they form the boundary used to
 * decide whether a handover crosses a department or an organisation (see `actorBoundary`).
 */
const common = {
  id: localIdSchema,
  unitId: z.uuid().nullable().optional(),
  unitName: optionalLabel,
  department: optionalLabel,
  organisation: optionalLabel,
};

export const employeeActorSchema = z.object({
  ...common,
  kind: z.literal('employee'),
  profession: label,
  name: optionalLabel,
});

export const departmentActorSchema = z.object({
  ...common,
  kind: z.literal('department'),
  name: label,
});

/** GP, hospital, union, a-kasse, NAV or another state agency: always outside the municipality. */
export const externalActorSchema = z.object({
  ...common,
  kind: z.literal('external'),
  name: label,
  organisation: label,
});

export const selfServiceActorSchema = z.object({
  ...common,
  kind: z.literal('self_service'),
  name: label,
});

export const relativeActorSchema = z.object({
  ...common,
  kind: z.literal('relative'),
  name: label,
});

export const actorSchema = z.discriminatedUnion('kind', [
  employeeActorSchema,
  departmentActorSchema,
  externalActorSchema,
  selfServiceActorSchema,
  relativeActorSchema,
]);

export type Actor = z.output<typeof actorSchema>;
export type ActorKind = Actor['kind'];
export const ACTOR_KINDS = [
  'employee',
  'department',
  'external',
  'self_service',
  'relative',
] as const satisfies readonly ActorKind[];

/** Organisation key of the municipality that owns the journey, used when an actor names none. */
export const OWN_ORGANISATION = 'municipality';
/** Organisation key of the citizen's own network, used for relatives that name none. */
export const CITIZEN_NETWORK = 'citizen_network';

export interface ActorBoundary {
  organisation: string;
  /** Municipal department key; null when unknown or outside the municipality. */
  department: string | null;
}

/**
 * The organisation boundary an actor belongs to. Relatives default to the citizen's own network and
 * department actors to their own id, because a department *is* its boundary.
 */
export function actorBoundary(actor: Actor): ActorBoundary {
  const fallbackOrganisation = actor.kind === 'relative' ? CITIZEN_NETWORK : OWN_ORGANISATION;
  const organisation = actor.organisation?.trim() || fallbackOrganisation;
  const department = actor.department?.trim() || (actor.kind === 'department' ? actor.id : null);
  return { organisation, department };
}

/** Main and secondary text for an actor in drawings and lists (user data, never translated). */
export function actorLabel(actor: Actor): { label: string; sublabel: string | null } {
  switch (actor.kind) {
    case 'employee':
      return { label: actor.profession, sublabel: actor.name || actor.unitName || null };
    case 'external':
      return { label: actor.name, sublabel: actor.organisation === actor.name ? null : actor.organisation };
    default:
      return { label: actor.name, sublabel: actor.unitName || null };
  }
}
