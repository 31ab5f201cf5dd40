import { type RequestOptions, request } from '../api/client.ts';

/** A complaint or conflict episode as the API shows it. */
export interface Complaint {
  id: string;
  receivedOn: string;
  unitId: string;
  areaKey: string | null;
  kind: string;
  channel: string;
  aboutProcess: boolean;
  processReasons: string[];
  aboutDecision: boolean;
  severity: number;
  outcome: string;
  answeredOn: string | null;
  daysToAnswer: number | null;
  description: string | null;
  imported: boolean;
}

export type NewComplaint = Omit<Complaint, 'id' | 'daysToAnswer' | 'imported'>;

export interface Area {
  key: string;
  name: string | null;
  active: boolean;
  position: number;
}

export interface Interval {
  lower: number;
  upper: number;
}

export interface UnitFigures {
  unitId: string | null;
  status: 'shown' | 'empty' | 'suppressed' | 'complementary';
  figures: {
    count: number;
    contacts: number | null;
    ratePer1000: number | null;
    rateCi: Interval | null;
    processShare: number | null;
    decisionShare: number | null;
    medianDaysToAnswer: number | null;
  } | null;
  trend: number | null;
}

export interface Figures {
  from: string;
  to: string;
  minGroupSize: number;
  total: UnitFigures;
  units: UnitFigures[];
}

export interface ImportPreview {
  header: string[];
  sample: string[][];
  rowCount: number;
  mapping: Record<string, number>;
}

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
    request<{ imported: number }>('POST', '/complaints/import', { ...file(fileName, content), mapping }),
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
