import type { GoalsView } from '../../shared/api/programme-goals.ts';
import type { Plan, Programme, ProgrammeUnit } from '../../shared/api/programmes.ts';
import { type RequestOptions, request } from '../api/client.ts';

export type { Cell, Change, GoalsView, Metric, PeriodKey } from '../../shared/api/programme-goals.ts';
export type {
  ActionPlan,
  Note,
  Phase,
  Plan,
  Programme,
  ProgrammeUnit,
  StaffInterview,
} from '../../shared/api/programmes.ts';

/** What the plan form sends: settings and units. */
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
