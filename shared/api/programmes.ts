import { z } from 'zod';
import { ACTION_PLAN_STATUSES, PHASE_KINDS } from '../complaints/programme.ts';

const day = z.iso.date();
const text = (max: number) => z.string().trim().max(max);

export const ProgrammeParams = z.object({ id: z.uuid() }).strict();
export const ChildParams = z.object({ id: z.uuid(), childId: z.uuid() }).strict();

const ProgrammeUnit = z
  .object({ unitId: z.uuid(), role: z.enum(['participant', 'comparison']), teams: text(200).default('') })
  .strict();

export const ProgrammeBody = z
  .object({
    name: z.string().trim().min(1).max(120),
    purpose: text(4000).default(''),
    startsOn: day,
    endsOn: day,
    baselineMonths: z.number().int().min(1).max(24).default(6),
    followUpMonths: z.number().int().min(1).max(24).default(6),
    nextSteps: text(4000).default(''),
    units: z.array(ProgrammeUnit).max(100).default([]),
  })
  .strict();
export type ProgrammeInput = z.infer<typeof ProgrammeBody>;

export const PhaseBody = z
  .object({
    kind: z.enum(PHASE_KINDS),
    title: text(200).default(''),
    startsOn: day,
    endsOn: day.nullable().default(null),
    team: text(80).default(''),
    notes: text(4000).default(''),
    done: z.boolean().default(false),
  })
  .strict();
export type PhaseInput = z.infer<typeof PhaseBody>;

export const NoteBody = z
  .object({
    kind: z.enum(['focus_group', 'quote']),
    heldOn: day,
    unitId: z.uuid().nullable().default(null),
    body: z.string().trim().min(1).max(8000),
  })
  .strict();
export type NoteInput = z.infer<typeof NoteBody>;

export const ActionPlanBody = z
  .object({
    unitId: z.uuid(),
    participant: z.string().trim().min(1).max(120),
    buddy: text(120).default(''),
    goal: z.string().trim().min(1).max(2000),
    actions: text(4000).default(''),
    followUpOn: day.nullable().default(null),
    status: z.enum(ACTION_PLAN_STATUSES).default('planned'),
    followUpNote: text(4000).default(''),
    shared: z.boolean().default(false),
  })
  .strict();
export type ActionPlanInput = z.infer<typeof ActionPlanBody>;

export const GoalsQuery = z.object({}).strict();
