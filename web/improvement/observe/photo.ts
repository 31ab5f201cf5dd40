const MAX_SIDE = 1280;

/**
 * Scales a room photo down and re-encodes it as JPEG in a canvas. Besides making it small enough to
 * keep offline, re-encoding drops the file's metadata (such as GPS position) before it leaves the phone.
 */
export async function shrinkPhoto(file: File): Promise<{ type: string; dataUrl: string }> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return { type: 'image/jpeg', dataUrl: canvas.toDataURL('image/jpeg', 0.75) };
}

/** The bytes of a base64 data URL (decoded by hand: the page's CSP does not allow fetching data: URLs). */
export function dataUrlBytes(dataUrl: string): Uint8Array<ArrayBuffer> {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Sends one queued photo. Resolves to true when it is stored or refused for good (then it is dropped). */
export async function uploadPhoto(observationId: string, type: string, dataUrl: string, csrf: string) {
  const response = await fetch(
    `/api/v1/improvement/observations/${encodeURIComponent(observationId)}/photo?noFaces=true`,
    {
      method: 'POST',
      headers: { 'Content-Type': type, 'X-CSRF-Token': csrf },
      body: dataUrlBytes(dataUrl),
      credentials: 'same-origin',
    },
  );
  return response.ok || response.status === 415 || response.status === 404;
}
