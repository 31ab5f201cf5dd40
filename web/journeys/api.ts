import type { z } from 'zod';
import type {
  CompareResponse,
  Experience,
  JourneyDetail,
  JourneySummary,
  ListJourneysInput,
  SortKey,
  VersionSummary,
} from '../../shared/api/journeys.ts';
import type { Journey } from '../../shared/journey/index.ts';
import { type RequestOptions, request } from '../api/client.ts';

/** Stored metrics: the shared metrics plus the number of coordination hotspots. */
export type ListMetrics = JourneySummary['metrics'];
/** Two journeys (or versions) and what changed between them. */
export type Comparison = z.infer<typeof CompareResponse>;
export type { Experience, JourneyDetail, JourneySummary, SortKey, VersionSummary };

export type ListFilter = ListJourneysInput;

const path = (id: string) => `/journeys/${encodeURIComponent(id)}`;

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  return search.toString();
}

/** The journeys API (`/api/v1/journeys`). Writes are refused by the server for roles that may not edit. */
export const journeysApi = {
  list: async (filter: ListFilter, options?: RequestOptions) =>
    (
      await request<{ journeys: JourneySummary[] }>(
        'GET',
        `/journeys?${query({ ...filter })}`,
        undefined,
        options,
      )
    ).journeys,
  get: async (id: string, options?: RequestOptions) =>
    (await request<{ journey: JourneyDetail }>('GET', path(id), undefined, options)).journey,
  getVersion: async (id: string, version: number) =>
    (await request<{ journey: JourneyDetail }>('GET', `${path(id)}/versions/${version}`)).journey,
  create: async (journey: Journey, note = '') =>
    (await request<{ journey: JourneyDetail }>('POST', '/journeys', { journey, note })).journey,
  save: async (id: string, baseVersion: number, journey: Journey, note = '') =>
    (
      await request<{ journey: JourneyDetail }>('POST', `${path(id)}/versions`, {
        baseVersion,
        journey,
        note,
      })
    ).journey,
  versions: async (id: string, options?: RequestOptions) =>
    (await request<{ versions: VersionSummary[] }>('GET', `${path(id)}/versions`, undefined, options))
      .versions,
  compare: (params: { before: string; beforeVersion?: number; after: string; afterVersion?: number }) =>
    request<Comparison>('GET', `/journeys/compare?${query(params)}`),
  importJson: async (json: string, ownerUnitId?: string) =>
    (await request<{ journey: JourneyDetail }>('POST', '/journeys/import', { json, ownerUnitId })).journey,
  experience: (id: string, options?: RequestOptions) =>
    request<Experience>('GET', `${path(id)}/experience`, undefined, options),
};
