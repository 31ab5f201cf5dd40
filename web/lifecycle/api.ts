import type { z } from 'zod';
import type {
  CompliancePackWire,
  ComplianceProfile,
  ErasureHitSchema,
  HoldListSchema,
  OffboardPreviewSchema,
  RetentionUpdate,
  RetentionView,
  RunResultSchema,
} from '../../shared/api/lifecycle.ts';
import { type RequestOptions, request } from '../api/client.ts';

export type HoldList = z.infer<typeof HoldListSchema>;
export type ErasureHit = z.infer<typeof ErasureHitSchema>;
export type OffboardPreview = z.infer<typeof OffboardPreviewSchema>;
export type RunResult = z.infer<typeof RunResultSchema>;

/** The data-lifecycle API (admins). Types come from the shared wire schemas. */
export const lifecycleApi = {
  retention: (o?: RequestOptions) => request<RetentionView>('GET', '/lifecycle/retention', undefined, o),
  saveRetention: (body: RetentionUpdate) => request<RetentionView>('PATCH', '/lifecycle/retention', body),
  run: () => request<RunResult>('POST', '/lifecycle/retention/run'),
  holds: (o?: RequestOptions) => request<HoldList>('GET', '/lifecycle/holds', undefined, o),
  addHold: (body: { targetType: string; targetId: string; reason: string }) =>
    request<void>('POST', '/lifecycle/holds', body),
  removeHold: (type: string, id: string) => request<void>('DELETE', `/lifecycle/holds/${type}/${id}`),
  offboarding: (o?: RequestOptions) =>
    request<OffboardPreview>('GET', '/lifecycle/offboarding', undefined, o),
  offboard: (confirmSlug: string) =>
    request<{ deletedRows: number }>('POST', '/lifecycle/offboarding', { confirmSlug }),
  search: (q: string) => request<{ hits: ErasureHit[] }>('POST', '/lifecycle/erasure/search', { q }),
  erase: (items: { kind: string; id: string }[], reference: string) =>
    request<{ erased: Record<string, number> }>('POST', '/lifecycle/erasure', { items, reference }),
  profile: (o?: RequestOptions) =>
    request<ComplianceProfile>('GET', '/lifecycle/compliance/profile', undefined, o),
  saveProfile: (body: ComplianceProfile) =>
    request<ComplianceProfile>('PATCH', '/lifecycle/compliance/profile', body),
  pack: (lang: 'da' | 'nb', o?: RequestOptions) =>
    request<CompliancePackWire>('GET', `/lifecycle/compliance?lang=${lang}`, undefined, o),
};

/** Plain links (downloads go through the browser, streamed). */
export const EXPORT_URL = '/api/v1/lifecycle/export.zip';
export const packHtmlUrl = (lang: 'da' | 'nb') => `/api/v1/lifecycle/compliance.html?lang=${lang}`;
