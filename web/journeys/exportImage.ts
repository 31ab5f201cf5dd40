/**
 * Export of the drawings as files. The SVGs carry their colours as attributes, so the serialised
 * markup is self-contained; the PNG is drawn from that SVG on a canvas at twice the size for print.
 */

/** Largest side of the PNG in pixels: browsers refuse canvases much beyond this. */
const MAX_SIDE = 8000;

/** Renders standalone SVG markup of the given size to a PNG blob. */
export async function svgTextToPng(text: string, width: number, height: number, scale = 2): Promise<Blob> {
  const factor = Math.min(scale, MAX_SIDE / Math.max(width, height, 1));
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * factor));
    canvas.height = Math.max(1, Math.round(height * factor));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas 2d context unavailable');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
