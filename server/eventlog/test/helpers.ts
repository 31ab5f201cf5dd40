import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { LogDtoType } from '../../../shared/api/eventlog.ts';
import type { Session } from '../../../test/app.ts';
import { api } from '../../../test/app.ts';

/** PUTs a log's file as a raw octet-stream body (what the web app's upload does). */
export function uploadFile(
  app: FastifyInstance,
  session: Session,
  id: string,
  payload: Buffer | NodeJS.ReadableStream,
) {
  return app.inject({
    method: 'PUT',
    url: `/api/v1/eventlogs/${id}/file`,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      'content-type': 'application/octet-stream',
    },
    payload,
  });
}

/** Creates a log with `options`, uploads `file` as a raw body and waits until the import has ended. */
export async function importLog(
  app: FastifyInstance,
  session: Session,
  file: Uint8Array,
  options: Record<string, unknown>,
): Promise<LogDtoType> {
  const created = await api(app, session, 'POST', '/eventlogs', { name: 'test', format: 'xes', ...options });
  expect(created.statusCode, created.body).toBe(201);
  const id: string = created.json().log.id;
  const upload = await uploadFile(app, session, id, Buffer.from(file));
  expect(upload.statusCode, upload.body).toBe(202);
  return waitForImport(app, session, id);
}

/** Polls the log until its import is no longer running. */
export async function waitForImport(app: FastifyInstance, session: Session, id: string): Promise<LogDtoType> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const res = await api(app, session, 'GET', `/eventlogs/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    const log: LogDtoType = res.json().log;
    if (log.status !== 'uploading' && log.status !== 'importing') return log;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${log.status}`);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

/** A CSV of `n` events in `n / 10` cases, built in memory. */
export function bigCsv(n: number): Buffer {
  const lines = ['case,activity,time,user'];
  for (let i = 0; i < n; i++) {
    const minute = String(i % 60).padStart(2, '0');
    lines.push(`c${Math.floor(i / 10)},Step ${i % 10},2024-01-02 10:${minute},user${i % 7}`);
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

/** Creates a CSV log and uploads `events` generated events; the import is then running (202). */
export async function startBigImport(
  app: FastifyInstance,
  session: Session,
  events: number,
): Promise<string> {
  const created = await api(app, session, 'POST', '/eventlogs', {
    name: 'big',
    format: 'csv',
    csv: { caseId: 'case', activity: 'activity', timestamp: 'time', resource: 'user' },
  });
  const id: string = created.json().log.id;
  const upload = await uploadFile(app, session, id, bigCsv(events));
  expect(upload.statusCode, upload.body).toBe(202);
  return id;
}
