/**
 * Export of the drawings as files. The SVGs carry their colours as attributes, so the serialised
 * markup is self-contained; the PNG is drawn from that SVG on a canvas at twice the size for print.
 */

/** Offers `blob` as a download named `filename`. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke on the next tick: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The SVG element as a standalone file's text. */
export function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

export function downloadSvg(svg: SVGSVGElement, filename: string): void {
  download(new Blob([svgText(svg)], { type: 'image/svg+xml;charset=utf-8' }), filename);
}

/** Largest side of the PNG in pixels: browsers refuse canvases much beyond this. */
const MAX_SIDE = 8000;

/** Renders the SVG to a PNG blob via an <img> and a canvas. */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const width = Number(svg.getAttribute('width')) || svg.viewBox.baseVal.width;
  const height = Number(svg.getAttribute('height')) || svg.viewBox.baseVal.height;
  return svgTextToPng(svgText(svg), width, height, scale);
}

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

/** A file name from a title: lower case, ASCII letters and digits, dashes. */
export function fileStem(title: string): string {
  return (
    title
      .toLocaleLowerCase('da')
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'borgerrejse'
  );
}
