/**
 * Colour-vision helpers for checking chart palettes: CIELAB distance (CIE76) between colours as seen
 * with full colour vision and as simulated for the three dichromacies. Hand-written because the
 * kept libraries have no colour science and the check is thirty lines of published matrices.
 */

/** Dichromacy simulation matrices in linear sRGB, severity 1 (Machado, Oliveira & Fernandes 2009). */
const SIMULATION = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const;

/** A kind of colour vision: full (trichromatic) or one of the simulated dichromacies. */
export type Vision = 'full' | keyof typeof SIMULATION;

type Triple = readonly [number, number, number];

/** Linear-light sRGB channels (0–1) of a `#rrggbb` colour. */
function linearRgb(hex: string): Triple {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [channel(1), channel(3), channel(5)];
}

/** CIELAB (D65) of linear sRGB. */
function lab([r, g, b]: Triple): Triple {
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** The colour as seen with the given colour vision, in CIELAB. */
export function seenAs(hex: string, vision: Vision): Triple {
  const rgb = linearRgb(hex);
  if (vision === 'full') return lab(rgb);
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const [r, g, b] = SIMULATION[vision].map((row) =>
    clamp(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]),
  );
  return lab([r ?? 0, g ?? 0, b ?? 0]);
}

/** CIE76 colour difference ΔE*ab of two colours for a viewer with the given colour vision. */
export function deltaE(a: string, b: string, vision: Vision = 'full'): number {
  const [l1, a1, b1] = seenAs(a, vision);
  const [l2, a2, b2] = seenAs(b, vision);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** The smallest pairwise ΔE in a palette for the given colour vision. */
export function minimumDistance(colours: readonly string[], vision: Vision): number {
  let min = Number.POSITIVE_INFINITY;
  colours.forEach((a, i) => {
    for (const b of colours.slice(i + 1)) min = Math.min(min, deltaE(a, b, vision));
  });
  return min;
}

/** WCAG contrast ratio of a colour against white. */
export function contrastOnWhite(hex: string): number {
  const [r, g, b] = linearRgb(hex);
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}
