import { type RequestOptions, request } from '../api/client.ts';

export interface Programme {
  id: string;
  name: string;
  purpose: string;
  startsOn: string;
  endsOn: string;
  baselineMonths: number;
  followUpMonths: number;
  nextSteps: string;
}

export interface ProgrammeUnit {
  unitId: string;
  role: 'participant' | 'comparison';
  teams: string;
}

export interface Phase {
  id: string;
  kind: string;
  title: string;
  startsOn: string;
  endsOn: string | null;
  team: string;
  notes: string;
  done: boolean;
}

export interface Note {
  id: string;
  kind: 'focus_group' | 'quote';
  heldOn: string;
  unitId: string | null;
  body: string;
}

export interface ActionPlan {
  id: string;
  unitId: string;
  participant: string;
  buddy: string;
  goal: string;
  actions: string;
  followUpOn: string | null;
  status: 'planned' | 'in_progress' | 'followed_up';
  followUpNote: string;
  shared: boolean;
}

/** A staff interview from the improvement cycle, held at a participating unit before the start. */
export interface StaffInterview {
  heldOn: string;
  unitId: string | null;
  notes: string;
  quotes: string[];
}

export interface Plan extends Programme {
  interviews: StaffInterview[];
  units: ProgrammeUnit[];
  phases: Phase[];
  notes: Note[];
  actionPlans: ActionPlan[];
}

export interface Interval {
  lower: number;
  upper: number;
}
export interface Cell {
  value: number | null;
  ci: Interval | null;
  n: number;
  suppressed: boolean;
}
export type PeriodKey = 'before' | 'during' | 'after';
export interface Change {
  diff: number | null;
  ci: Interval | null;
  p: number | null;
  verdict: {
    key: 'too_few' | 'no_difference' | 'improved' | 'worsened';
    params: { minN: number; p: number | null };
  };
}
export interface Metric {
  key: string;
  format: 'mean5' | 'share' | 'per1000' | 'perMonth' | 'days' | 'count';
  higherIsBetter: boolean;
  participants: Record<PeriodKey, Cell>;
  comparison: Record<PeriodKey, Cell> | null;
  change: Change | null;
  comparisonChange: Change | null;
}
export interface GoalsView {
  periods: Record<PeriodKey, { from: string; to: string }>;
  participants: string[];
  comparison: string[];
  minGroupSize: number;
  pulseMinGroupSize: number;
  actionPlans: { total: number; followed: number; shared: number };
  goals: { goal: 'citizen' | 'employee' | 'complaints' | 'knowledge'; metrics: Metric[] }[];
}

export type ProgrammeInput = Omit<Programme, 'id'> & { units: ProgrammeUnit[] };
const base = (id: string) => `/programmes/${encodeURIComponent(id)}`;

/** Dialog programmes: plan, four-goal view. */
export const programmesApi = {
  list: async (options?: RequestOptions) =>
    (await request<{ programmes: Programme[] }>('GET', '/programmes', undefined, options)).programmes,
  create: (input: ProgrammeInput) => request<{ id: string }>('POST', '/programmes', input),
  update: (id: string, input: ProgrammeInput) => request<void>('PATCH', base(id), input),
  get: async (id: string, options?: RequestOptions) =>
    (await request<{ programme: Plan }>('GET', base(id), undefined, options)).programme,
  goals: (id: string, options?: RequestOptions) =>
    request<GoalsView>('GET', `${base(id)}/goals`, undefined, options),
  add: (id: string, kind: 'phases' | 'notes' | 'action-plans', body: object) =>
    request<{ id: string }>('POST', `${base(id)}/${kind}`, body),
  change: (id: string, kind: 'phases' | 'action-plans', childId: string, body: object) =>
    request<void>('PATCH', `${base(id)}/${kind}/${encodeURIComponent(childId)}`, body),
  remove: (id: string, kind: 'phases' | 'notes' | 'action-plans', childId: string) =>
    request<void>('DELETE', `${base(id)}/${kind}/${encodeURIComponent(childId)}`),
};
