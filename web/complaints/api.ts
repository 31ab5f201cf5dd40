import type {
  Area,
  Complaint,
  Figures,
  ImportPreview,
  ImportResult,
  NewComplaint,
} from '../../shared/api/complaints.ts';
import { type RequestOptions, request } from '../api/client.ts';

export type {
  Area,
  Complaint,
  Figures,
  ImportPreview,
  NewComplaint,
  UnitFigures,
} from '../../shared/api/complaints.ts';

const file = (fileName: string, content: string) => ({ fileName, content });

/** The complaints register API. */
export const complaintsApi = {
  list: async (options?: RequestOptions) =>
    (await request<{ complaints: Complaint[] }>('GET', '/complaints?limit=50', undefined, options))
      .complaints,
  create: async (input: NewComplaint) =>
    (await request<{ complaint: Complaint }>('POST', '/complaints', input)).complaint,
  remove: (id: string) => request<void>('DELETE', `/complaints/${encodeURIComponent(id)}`),
  areas: async (options?: RequestOptions) =>
    (await request<{ areas: Area[] }>('GET', '/complaints/areas', undefined, options)).areas,
  addArea: (name: string) => request<{ area: Area }>('POST', '/complaints/areas', { name }),
  updateArea: (key: string, patch: { active?: boolean; name?: string | null }) =>
    request<{ area: Area }>('PATCH', `/complaints/areas/${encodeURIComponent(key)}`, patch),
  setVolume: (unitId: string, month: string, contacts: number) =>
    request<void>('POST', '/complaints/volumes', { unitId, month, contacts }),
  figures: (from: string, to: string, options?: RequestOptions) =>
    request<Figures>('GET', `/complaints/figures?from=${from}&to=${to}`, undefined, options),
  preview: (fileName: string, content: string) =>
    request<ImportPreview>('POST', '/complaints/import/preview', file(fileName, content)),
  import: (fileName: string, content: string, mapping: Record<string, number>) =>
    request<ImportResult>('POST', '/complaints/import', { ...file(fileName, content), mapping }),
};

/** Reads a File as base64 (without the data-URL prefix). */
export function readAsBase64(f: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(f);
  });
}
