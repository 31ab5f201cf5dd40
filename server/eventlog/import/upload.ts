import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ImportFailure } from '../model.ts';

/** Largest accepted upload (compressed size): 4 GiB. */
export const MAX_UPLOAD_BYTES = 4 * 1024 ** 3;

/** Where an upload is kept until its import ends. */
export function uploadPath(logId: string): string {
  return path.join(tmpdir(), `borgerblik-upload-${logId}`);
}

/**
 * Streams the request body to a temporary file (never whole in memory), counting bytes.
 * The import then reads the file as a stream in the background, so it survives the browser
 * leaving the page. Fails with UPLOAD_TOO_LARGE / UPLOAD_ABORTED and removes the partial file.
 */
export async function spoolUpload(
  body: AsyncIterable<Uint8Array>,
  file: string,
  onBytes: (bytes: number) => void,
  signal: AbortSignal,
  limit = MAX_UPLOAD_BYTES,
): Promise<number> {
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      onBytes(bytes);
      if (bytes > limit) {
        callback(
          new ImportFailure({
            code: 'UPLOAD_TOO_LARGE',
            params: { limit },
            message: `The file is larger than ${limit} bytes`,
          }),
        );
        return;
      }
      callback(null, chunk);
    },
  });
  try {
    await pipeline(untilAborted(body, signal), counter, createWriteStream(file));
    return bytes;
  } catch (error) {
    await rm(file, { force: true });
    if (error instanceof ImportFailure) throw error;
    throw new ImportFailure({
      code: 'UPLOAD_ABORTED',
      byte: bytes,
      params: {},
      message: 'The upload was interrupted',
    });
  }
}

/**
 * The body's chunks until `signal` aborts (a cancel while the file is still being sent); then
 * the body is dropped without an error. Why not `pipeline(…, { signal })`: that destroys the
 * request stream *with* an AbortError, which surfaces as an 'error' event on the request (and
 * rejects an in-process inject), while the cancel is not an error of the request at all.
 */
async function* untilAborted(
  body: AsyncIterable<Uint8Array>,
  signal: AbortSignal,
): AsyncGenerator<Uint8Array> {
  const chunks = body[Symbol.asyncIterator]();
  let onAbort = () => {};
  const aborted = new Promise<'aborted'>((resolve) => {
    onAbort = () => resolve('aborted');
  });
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (signal.aborted) break;
      const next = chunks.next();
      // A read still pending when the cancel wins may reject later: that is expected, not unhandled.
      next.catch(() => {});
      const result = await Promise.race([next, aborted]);
      if (result === 'aborted') break;
      if (result.done) return;
      yield result.value;
    }
    // The pending read would wait for the client (or forever): drop the body at once.
    if (isDestroyable(body)) body.destroy();
    throw new Error('The upload was cancelled');
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

function isDestroyable(body: unknown): body is { destroy(): void } {
  return typeof (body as { destroy?: unknown }).destroy === 'function';
}
