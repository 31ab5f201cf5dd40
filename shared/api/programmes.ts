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

/** A programme's settings. */
export const Programme = z.object({
  id: z.string(),
  name: z.string(),
  purpose: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  baselineMonths: z.number(),
  followUpMonths: z.number(),
  nextSteps: z.string(),
});
export type Programme = z.infer<typeof Programme>;
export const ProgrammesResponse = z.object({ programmes: z.array(Programme) });
export const Created = z.object({ id: z.string() });

export const ProgrammeUnitDto = z.object({
  unitId: z.string(),
  role: z.enum(['participant', 'comparison']),
  teams: z.string(),
});
export type ProgrammeUnit = z.infer<typeof ProgrammeUnitDto>;
export const Phase = z.object({
  id: z.string(),
  kind: z.string().describe('one of the phase kinds'),
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  team: z.string(),
  notes: z.string(),
  done: z.boolean(),
});
export type Phase = z.infer<typeof Phase>;
export const Note = z.object({
  id: z.string(),
  kind: z.enum(['focus_group', 'quote']),
  heldOn: z.string(),
  unitId: z.string().nullable(),
  body: z.string(),
});
export type Note = z.infer<typeof Note>;
export const ActionPlan = z.object({
  id: z.string(),
  unitId: z.string(),
  participant: z.string(),
  buddy: z.string(),
  goal: z.string(),
  actions: z.string(),
  followUpOn: z.string().nullable(),
  status: z.enum(ACTION_PLAN_STATUSES),
  followUpNote: z.string(),
  shared: z.boolean(),
});
export type ActionPlan = z.infer<typeof ActionPlan>;
/** A staff interview from the improvement cycle, held at a participating unit before the start. */
export const StaffInterview = z.object({
  heldOn: z.string(),
  unitId: z.string().nullable(),
  notes: z.string(),
  quotes: z.array(z.string()),
});
export type StaffInterview = z.infer<typeof StaffInterview>;

/** The whole plan: settings, units, phases, focus-group notes and quotes, action plans. */
export const Plan = Programme.extend({
  interviews: z.array(StaffInterview),
  units: z.array(ProgrammeUnitDto),
  phases: z.array(Phase),
  notes: z.array(Note),
  actionPlans: z.array(ActionPlan),
});
export type Plan = z.infer<typeof Plan>;
export const PlanResponse = z.object({ programme: Plan });
/** What the plan form sends. */
export type ProgrammeEdit = z.input<typeof ProgrammeBody>;
