import { type RequestOptions, request } from '../api/client.ts';

export interface Round {
  id: string;
  title: string;
  status: 'draft' | 'open' | 'closed';
  token: string;
  opensAt: string | null;
  closesAt: string | null;
  unitIds: string[];
  responses: number;
}

export interface ItemSummary {
  itemId: string;
  summary: {
    n: number;
    mean: number | null;
    ci: { lower: number; upper: number } | null;
    positiveShare: number | null;
  };
}

export interface RoundResult {
  id: string;
  title: string;
  opensAt: string | null;
  respondents: number;
  total: ItemSummary[] | null;
  units: { unitId: string; respondents: number; status: string; items: ItemSummary[] | null }[];
}

export interface PublicPulse {
  title: string;
  open: boolean;
  languages: string[];
  units: { id: string; name: string }[];
}

export type PulseAnswer = 1 | 2 | 3 | 4 | 5 | 'dk';

/** The employee pulse API; the answer endpoints need no session. */
export const pulseApi = {
  rounds: async (options?: RequestOptions) =>
    (await request<{ rounds: Round[] }>('GET', '/pulse/rounds', undefined, options)).rounds,
  create: (input: { title: string; unitIds: string[]; opensAt: string; closesAt: string | null }) =>
    request<{ round: { id: string; token: string } }>('POST', '/pulse/rounds', input),
  close: (id: string) => request<void>('POST', `/pulse/rounds/${encodeURIComponent(id)}/close`),
  results: (options?: RequestOptions) =>
    request<{ minGroupSize: number; rounds: RoundResult[] }>('GET', '/pulse/results', undefined, options),
  setMinGroupSize: (minGroupSize: number) =>
    request<{ minGroupSize: number }>('PATCH', '/pulse/settings', { minGroupSize }),
  publicRound: (token: string, options?: RequestOptions) =>
    request<PublicPulse>('GET', `/pulse/answer/${encodeURIComponent(token)}`, undefined, {
      noAuthRedirect: true,
      ...options,
    }),
  answer: (token: string, body: { unitId: string; locale: string; answers: Record<string, PulseAnswer> }) =>
    request<{ ok: true }>('POST', `/pulse/answer/${encodeURIComponent(token)}`, body, {
      noAuthRedirect: true,
    }),
};

/** The address staff open to answer a round. */
export const answerUrl = (token: string) => `${window.location.origin}/puls/${token}`;
