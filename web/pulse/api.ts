import type { z } from 'zod';
import type {
  AnswerBody,
  CreatedRound,
  CreateRoundBody,
  PublicPulse,
  PulseResults,
  PulseSettings,
  Round,
} from '../../shared/api/pulse.ts';
import { type RequestOptions, request } from '../api/client.ts';

export type { ItemSummary, PublicPulse, PulseAnswer, Round, RoundResult } from '../../shared/api/pulse.ts';

/** The employee pulse API; the answer endpoints need no session. */
export const pulseApi = {
  rounds: async (options?: RequestOptions) =>
    (await request<{ rounds: Round[] }>('GET', '/pulse/rounds', undefined, options)).rounds,
  create: (input: z.infer<typeof CreateRoundBody>) =>
    request<z.infer<typeof CreatedRound>>('POST', '/pulse/rounds', input),
  close: (id: string) => request<void>('POST', `/pulse/rounds/${encodeURIComponent(id)}/close`),
  results: (options?: RequestOptions) =>
    request<z.infer<typeof PulseResults>>('GET', '/pulse/results', undefined, options),
  setMinGroupSize: (minGroupSize: number) =>
    request<z.infer<typeof PulseSettings>>('PATCH', '/pulse/settings', { minGroupSize }),
  publicRound: (token: string, options?: RequestOptions) =>
    request<PublicPulse>('GET', `/pulse/answer/${encodeURIComponent(token)}`, undefined, {
      noAuthRedirect: true,
      ...options,
    }),
  answer: (token: string, body: z.infer<typeof AnswerBody>) =>
    request<{ ok: true }>('POST', `/pulse/answer/${encodeURIComponent(token)}`, body, {
      noAuthRedirect: true,
    }),
};

/** The address staff open to answer a round. */
export const answerUrl = (token: string) => `${window.location.origin}/puls/${token}`;
