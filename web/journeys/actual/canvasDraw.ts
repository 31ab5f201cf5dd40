import { CATEGORICAL, OKABE_ITO } from '../../charts/palette.ts';
/** Items drawn per animation frame: small enough that no frame becomes a long task (> 50 ms). */
export const CHUNK = 3_000;

/**
 * Draws `count` items with `drawItem` in chunks, one chunk per animation frame, so 100,000 lines
 * never block the main thread at once. Returns a cancel function (for unmount or new data).
 */
export function drawInChunks(count: number, drawItem: (i: number) => void, done?: () => void): () => void {
  let i = 0;
  let frame = 0;
  const step = () => {
    const end = Math.min(count, i + CHUNK);
    for (; i < end; i++) drawItem(i);
    if (i < count) frame = requestAnimationFrame(step);
    else done?.();
  };
  frame = requestAnimationFrame(step);
  return () => cancelAnimationFrame(frame);
}

/**
 * Colour classes of the spectrum (shortest to longest quartile) and the steps of the dotted chart, from
 * the one colour-blind-safe palette (web/charts/palette.ts); the legend and tables carry the same facts.
 */
export const QUARTILE_COLOURS = [
  OKABE_ITO.blue,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.orange,
  OKABE_ITO.vermillion,
] as const;
export const STEP_COLOURS = CATEGORICAL;
