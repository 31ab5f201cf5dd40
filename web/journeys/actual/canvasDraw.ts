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

/** Colour classes of the spectrum (shortest to longest quartile) and the steps of the dotted chart. */
export const QUARTILE_COLOURS = ['#1a7f37', '#7aa116', '#d08700', '#b3261e'] as const;
export const STEP_COLOURS = [
  '#1f5fa8',
  '#c25e00',
  '#1a7f37',
  '#8a3ffc',
  '#b3261e',
  '#00838f',
  '#6b6b00',
  '#d12771',
  '#4d5358',
  '#7a4f01',
] as const;
