import type { JourneyDrawing } from '../../../shared/journey/index.ts';
import { linePath } from '../DrawingShapes.tsx';

/** Highlight colours of the deviation view (also in its legend). */
export const DEVIATION_INK = { missing: '#b3261e', extra: '#c25e00' } as const;

/**
 * Draws over a journey drawing (DrawingView's `overlay`): lines whose actor pair is in `pairs` get a
 * wide translucent stroke — dashed for planned lines the variant did not take, solid for lines the
 * plan does not have. Kept apart from the drawing so the drawing itself stays the editor's.
 */
export function deviationOverlay(pairs: ReadonlyArray<readonly [string, string]>, kind: 'missing' | 'extra') {
  const keys = new Set(pairs.map(([from, to]) => `${from}\u0000${to}`));
  return function Overlay(drawing: JourneyDrawing) {
    return (
      <g data-deviation={kind} pointerEvents="none">
        {drawing.lines
          .filter((l) => keys.has(`${l.fromActorId ?? ''}\u0000${l.toActorId}`))
          .map((l) => (
            <path
              key={l.number}
              d={linePath(l).d}
              fill="none"
              stroke={DEVIATION_INK[kind]}
              strokeOpacity={0.55}
              strokeWidth={9}
              strokeDasharray={kind === 'missing' ? '14 8' : undefined}
              data-deviation-line={l.number}
            />
          ))}
      </g>
    );
  };
}
