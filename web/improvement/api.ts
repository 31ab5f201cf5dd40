import { type RequestOptions, request } from '../api/client.ts';
import type {
  Advice,
  Board,
  Closed,
  EvidenceKind,
  Idea,
  Initiative,
  InitiativeInput,
  Interview,
  ObservationInput,
  OpenSession,
  ReportData,
  Resumed,
  Session,
} from './types.ts';

const id = (value: string) => encodeURIComponent(value);

export interface SyncPayload {
  sessions: {
    id: string;
    unitId: string;
    place: string;
    device: string;
    startedAt: string;
    endedAt: string | null;
  }[];
  observations: ObservationInput[];
}

/** The improvement cycle's endpoints under /api/v1/improvement. */
export const improvementApi = {
  sessions: (options?: RequestOptions) =>
    request<{ sessions: Session[]; totalHours: number }>('GET', '/improvement/sessions', undefined, options),
  openSessions: async (options?: RequestOptions) =>
    (await request<{ sessions: OpenSession[] }>('GET', '/improvement/sessions/open', undefined, options))
      .sessions,
  resumeSession: (sessionId: string, device: string) =>
    request<Resumed>('POST', `/improvement/sessions/${id(sessionId)}/resume`, { device }),
  closeSession: async (sessionId: string) =>
    (await request<{ session: Closed }>('POST', `/improvement/sessions/${id(sessionId)}/close`, {})).session,
  sync: (payload: SyncPayload) =>
    request<{ sessionIds: string[]; observationIds: string[] }>('POST', '/improvement/sync', payload),
  interviews: async (options?: RequestOptions) =>
    (await request<{ interviews: Interview[] }>('GET', '/improvement/interviews', undefined, options))
      .interviews,
  createInterview: async (input: Omit<Interview, 'id' | 'unitName' | 'quotes'> & { quotes: string[] }) =>
    (await request<{ interview: Interview }>('POST', '/improvement/interviews', input)).interview,
  deleteInterview: (interviewId: string) =>
    request<void>('DELETE', `/improvement/interviews/${id(interviewId)}`),
  board: (options?: RequestOptions) => request<Board>('GET', '/improvement/board', undefined, options),
  createProblem: (title: string) => request<unknown>('POST', '/improvement/problems', { title }),
  deleteProblem: (problemId: string) => request<void>('DELETE', `/improvement/problems/${id(problemId)}`),
  placeEvidence: (input: { kind: EvidenceKind; ref: string; problemId: string | null; label?: string }) =>
    request<Board>('POST', '/improvement/evidence', input),
  surveyTexts: async (options?: RequestOptions) =>
    (
      await request<{ texts: { ref: string; body: string; at: string }[] }>(
        'GET',
        '/improvement/survey-texts',
        undefined,
        options,
      )
    ).texts,
  ideas: async (options?: RequestOptions) =>
    (await request<{ ideas: Idea[] }>('GET', '/improvement/ideas', undefined, options)).ideas,
  createIdea: async (input: Partial<Idea> & { title: string }) =>
    (await request<{ idea: Idea }>('POST', '/improvement/ideas', input)).idea,
  updateIdea: async (ideaId: string, patch: Partial<Idea>) =>
    (await request<{ idea: Idea }>('PATCH', `/improvement/ideas/${id(ideaId)}`, patch)).idea,
  vote: async (ideaId: string, delta: 1 | -1) =>
    (await request<{ idea: Idea }>('POST', `/improvement/ideas/${id(ideaId)}/vote`, { delta })).idea,
  initiatives: async (options?: RequestOptions) =>
    (await request<{ initiatives: Initiative[] }>('GET', '/improvement/initiatives', undefined, options))
      .initiatives,
  initiative: async (initiativeId: string, options?: RequestOptions) =>
    (
      await request<{ initiative: Initiative }>(
        'GET',
        `/improvement/initiatives/${id(initiativeId)}`,
        undefined,
        options,
      )
    ).initiative,
  createInitiative: async (input: InitiativeInput) =>
    (await request<{ initiative: Initiative }>('POST', '/improvement/initiatives', input)).initiative,
  updateInitiative: async (initiativeId: string, patch: Partial<InitiativeInput>) =>
    (
      await request<{ initiative: Initiative }>(
        'PATCH',
        `/improvement/initiatives/${id(initiativeId)}`,
        patch,
      )
    ).initiative,
  startInitiative: async (initiativeId: string) =>
    (await request<{ initiative: Initiative }>('POST', `/improvement/initiatives/${id(initiativeId)}/start`))
      .initiative,
  share: async (initiativeId: string, on: boolean) =>
    (
      await request<{ initiative: Initiative }>(
        on ? 'POST' : 'DELETE',
        `/improvement/initiatives/${id(initiativeId)}/share`,
      )
    ).initiative,
  evaluation: (initiativeId: string, lang: string, options?: RequestOptions) =>
    request<ReportData>(
      'GET',
      `/improvement/initiatives/${id(initiativeId)}/evaluation?lang=${lang}`,
      undefined,
      options,
    ),
  advice: async (options?: RequestOptions) =>
    (await request<{ advice: Advice[] }>('GET', '/improvement/advice', undefined, options)).advice,
  createAdvice: async (input: {
    title: string;
    what: string;
    why: string;
    evidence: string;
    initiativeId: string | null;
  }) => (await request<{ advice: Advice }>('POST', '/improvement/advice', input)).advice,
};

/** Where the HTML report is downloaded, and where a shared report can be read without signing in. */
export const reportUrls = {
  download: (initiativeId: string, lang: string) =>
    `/api/v1/improvement/initiatives/${id(initiativeId)}/report.html?lang=${lang}&download=true`,
  public: (token: string, lang: string) =>
    `${window.location.origin}/api/v1/public/improvement-reports/${id(token)}?lang=${lang}`,
};
