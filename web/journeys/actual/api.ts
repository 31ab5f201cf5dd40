import type {
  ChartsResponse,
  ConformanceResponse,
  JointResponse,
  MappingResponse,
  SaveMappingInput,
  SuggestResponse,
} from '../../../shared/api/conformance.ts';
import { type RequestOptions, request } from '../../api/client.ts';

const base = (id: string, version: number) => `/journeys/${encodeURIComponent(id)}/versions/${version}`;

/** Planned vs actual: mapping a log onto a journey version, conformance, charts and the joint view. */
export const actualApi = {
  mapping: (id: string, version: number, options?: RequestOptions) =>
    request<MappingResponse>('GET', `${base(id, version)}/log-mapping`, undefined, options).then(
      (r) => r.mapping,
    ),
  suggest: (
    id: string,
    version: number,
    logId: string,
    actorBy: 'resource' | 'group',
    options?: RequestOptions,
  ) =>
    request<SuggestResponse>(
      'GET',
      `${base(id, version)}/log-mapping/suggest?${new URLSearchParams({ logId, actorBy })}`,
      undefined,
      options,
    ),
  save: (id: string, version: number, body: SaveMappingInput) =>
    request<MappingResponse>('PUT', `${base(id, version)}/log-mapping`, body).then((r) => r.mapping),
  conformance: (id: string, version: number, options?: RequestOptions) =>
    request<ConformanceResponse>('GET', `${base(id, version)}/conformance`, undefined, options),
  charts: (id: string, version: number, options?: RequestOptions) =>
    request<ChartsResponse>('GET', `${base(id, version)}/conformance/charts`, undefined, options),
  joint: (id: string, version: number, options?: RequestOptions) =>
    request<JointResponse>('GET', `${base(id, version)}/joint`, undefined, options),
};
