import { existsSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createAppWithAnalyst, describeDb, type Session, type TestApp } from '../../test/app.ts';
import { uploadPath } from './import/upload.ts';
import { liveJob } from './jobs.ts';

describeDb('event log import: cancelling while the file is still being sent', () => {
  let t: TestApp;
  let analyst: Session;

  beforeAll(async () => {
    ({ t, analyst } = await createAppWithAnalyst('upcancel'));
  });
  afterAll(() => t?.close());

  it('stops the spool, deletes the partial file and marks the log cancelled', async () => {
    const created = await api(t.app, analyst, 'POST', '/eventlogs', {
      name: 'slow',
      format: 'csv',
      csv: { caseId: 'case', activity: 'activity', timestamp: 'time' },
    });
    const id: string = created.json().log.id;
    // A body that sends its first bytes and then stalls, like a slow connection.
    const body = new PassThrough();
    body.write('case,activity,time\nc1,Start,2024-01-02 10:00\n');
    // Settled at once: the cancel drops the connection, so the PUT gets no answer (as a browser
    // would see it: the request fails while the log reads `cancelled`).
    const upload = t.app
      .inject({
        method: 'PUT',
        url: `/api/v1/eventlogs/${id}/file`,
        headers: {
          cookie: analyst.cookie,
          'x-csrf-token': analyst.csrf,
          'content-type': 'application/octet-stream',
        },
        payload: body,
      })
      .then(
        (response) => response,
        (error: unknown) => error,
      );
    const deadline = Date.now() + 10_000;
    while (!(liveJob(id)?.progress.bytesRead && existsSync(uploadPath(id)))) {
      if (Date.now() > deadline) throw new Error('the upload never started');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const cancelled = await api(t.app, analyst, 'POST', `/eventlogs/${id}/cancel`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().log.status).toBe('cancelled');
    expect(await upload).toMatchObject({ code: 'LIGHT_ECONNRESET' });
    await liveJob(id)?.done;
    expect(liveJob(id)).toBeUndefined();
    expect(existsSync(uploadPath(id))).toBe(false);
    const log = (await api(t.app, analyst, 'GET', `/eventlogs/${id}`)).json().log;
    expect(log.status).toBe('cancelled');
    expect(log.error).toBeNull();
  });
});
