import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../../http/app-error.ts';

/** Largest accepted room photo; a phone photo scaled down by the app is far below this. */
export const MAX_PHOTO_BYTES = 3 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** Recognises the file by its first bytes, not by what the client claims. */
export function sniffPhotoType(bytes: Buffer): PhotoType | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (
    bytes.length > 8 &&
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return 'image/png';
  if (
    bytes.length > 12 &&
    bytes.toString('latin1', 0, 4) === 'RIFF' &&
    bytes.toString('latin1', 8, 12) === 'WEBP'
  )
    return 'image/webp';
  return null;
}

/**
 * Photos live beside the database under the data directory, never under the web root, in a folder per
 * municipality; the file name is the observation's uuid, so no client text reaches the file system.
 */
export function photoPath(dataDir: string, municipalityId: string, observationId: string): string {
  const root = resolve(dataDir, '..', 'improvement-photos');
  return join(root, municipalityId, observationId);
}

/** Checks size and type and writes the photo atomically (temp file, then rename). */
export async function storePhoto(path: string, bytes: Buffer, declared: string): Promise<PhotoType> {
  if (bytes.length === 0 || bytes.length > MAX_PHOTO_BYTES) throw new AppError('improvement_photo_invalid');
  const type = sniffPhotoType(bytes);
  if (!type || type !== declared) throw new AppError('improvement_photo_invalid');
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, bytes, { mode: 0o600 });
  await rename(temp, path);
  return type;
}

/** Reads a stored photo; a missing file is "not found" like a missing row. */
export async function readPhoto(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch {
    throw new AppError('not_found');
  }
}
