import QRCode from 'qrcode';

/**
 * The address a QR code points to: the public link marked as the QR channel, and for a survey aimed at
 * several units, optionally one unit's code, so each desk's poster counts for its own unit.
 */
export function qrTarget(origin: string, publicToken: string, unitId?: string): string {
  return `${origin}/s/${publicToken}?c=qr${unitId ? `&u=${encodeURIComponent(unitId)}` : ''}`;
}

const OPTIONS = { errorCorrectionLevel: 'M' as const, margin: 2 };

/** QR code as PNG (for print shops and documents). */
export function qrPng(url: string, width = 600): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...OPTIONS, type: 'png', width });
}

/** QR code as SVG (scales without loss on posters). */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...OPTIONS, type: 'svg' });
}
