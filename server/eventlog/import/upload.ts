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
    await pipeline(body, counter, createWriteStream(file), { signal });
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
