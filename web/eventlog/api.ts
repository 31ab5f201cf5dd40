import type { AttributesResponse } from '../../shared/api/eventlog.ts';
import { type RequestOptions, request } from '../api/client.ts';
import type { EventLog, HandoverReport, LogPreview, ReportParams, StoredCase } from './types.ts';

/** The query string of the report and export endpoints. */
export function reportQuery(p: ReportParams): string {
  const q = new URLSearchParams({ by: p.by, minVariant: String(p.minVariant) });
  if (p.from) q.set('from', p.from);
  if (p.to) q.set('to', p.to);
  for (const f of p.filter) q.append('filter', f);
  return q.toString();
}

export const listLogs = (options?: RequestOptions) =>
  request<{ logs: EventLog[] }>('GET', '/eventlogs', undefined, options).then((r) => r.logs);
export const getLog = (id: string, options?: RequestOptions) =>
  request<{ log: EventLog }>('GET', `/eventlogs/${id}`, undefined, options).then((r) => r.log);
export const createLog = (body: unknown) =>
  request<{ log: EventLog }>('POST', '/eventlogs', body).then((r) => r.log);
export const cancelLog = (id: string) =>
  request<{ log: EventLog }>('POST', `/eventlogs/${id}/cancel`).then((r) => r.log);
export const deleteLog = (id: string) => request<void>('DELETE', `/eventlogs/${id}`);
export const getReport = (id: string, p: ReportParams, options?: RequestOptions) =>
  request<{ report: HandoverReport }>(
    'GET',
    `/eventlogs/${id}/report?${reportQuery(p)}`,
    undefined,
    options,
  ).then((r) => r.report);
export const getAttributes = (id: string, options?: RequestOptions) =>
  request<AttributesResponse>('GET', `/eventlogs/${id}/attributes`, undefined, options);

export const getCase = (id: string, key: string) =>
  request<{ case: StoredCase }>('GET', `/eventlogs/${id}/cases/${encodeURIComponent(key)}`).then(
    (r) => r.case,
  );

/** The session's CSRF token, for the raw-body requests below (the JSON client keeps its own). */
async function csrfToken(): Promise<string> {
  const me = await request<{ csrfToken: string }>('GET', '/auth/me');
  return me.csrfToken;
}

/** Sends the first MiB of a file for the preview (format, CSV layout, attributes). */
export async function previewFile(
  file: Blob,
  csv: { encoding?: string; delimiter?: string } = {},
): Promise<LogPreview> {
  const q = new URLSearchParams(Object.entries(csv).filter((e): e is [string, string] => Boolean(e[1])));
  const response = await fetch(`/api/v1/eventlogs/preview?${q}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-csrf-token': await csrfToken(),
      accept: 'application/json',
    },
    body: file.slice(0, 1024 * 1024),
    credentials: 'same-origin',
  });
  if (!response.ok) throw new Error(`preview failed: ${response.status}`);
  return (await response.json()) as LogPreview;
}

/**
 * Uploads the whole file as a raw body with XMLHttpRequest (fetch reports no upload progress).
 * Resolves when the server has it; the import then runs in the background.
 */
export async function uploadFile(
  id: string,
  file: File,
  onProgress: (sent: number) => void,
  signal: AbortSignal,
): Promise<EventLog> {
  const token = await csrfToken();
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', `/api/v1/eventlogs/${id}/file`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (e) => onProgress(e.loaded);
    xhr.onload = () => {
      if (xhr.status === 202) resolve((JSON.parse(xhr.responseText) as { log: EventLog }).log);
      else reject(new Error(`upload failed: ${xhr.status}`));
    };
    xhr.onerror = () => reject(new Error('upload failed'));
    signal.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}
