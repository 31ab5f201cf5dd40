/** Geometry of the ring placement; all lengths in drawing units (SVG user units). */
export interface RingOptions {
  /** Bounding box of one node: figure plus the label written above it. */
  nodeWidth: number;
  nodeHeight: number;
  /** Minimum free space between two nodes' bounding circles. */
  gap: number;
  /** Radius kept free around the centre for the citizen's home. */
  homeRadius: number;
}

export interface RingSlot {
  ring: number;
  /** Offset from the centre. */
  dx: number;
  dy: number;
  angle: number;
}

/** Radius of the circle around a node's bounding box; circles that do not overlap keep boxes apart. */
export function nodeRadius(options: RingOptions): number {
  return Math.hypot(options.nodeWidth, options.nodeHeight) / 2;
}

/** How many nodes fit on a ring of `radius` with centres at least `spacing` apart. */
function capacity(radius: number, spacing: number): number {
  if (spacing >= 2 * radius) return 1;
  return Math.max(1, Math.floor(Math.PI / Math.asin(spacing / (2 * radius))));
}

/**
 * Places `count` nodes on concentric rings around a centre, inner rings first, clockwise from the top
 * in the given order. Neighbours on a ring are at least one node diameter plus `gap` apart, and rings
 * are that far apart radially, so no two nodes overlap however many there are. Odd rings are rotated
 * by half a slot so lines from the centre to outer nodes pass between inner ones.
 */
export function placeOnRings(
  count: number,
  options: RingOptions,
): { slots: RingSlot[]; outerRadius: number } {
  const spacing = 2 * nodeRadius(options) + options.gap;
  const first = options.homeRadius + nodeRadius(options) + options.gap;
  const slots: RingSlot[] = [];
  let outerRadius = 0;
  for (let ring = 0; slots.length < count; ring += 1) {
    const radius = first + ring * spacing;
    const fits = capacity(radius, spacing);
    const here = Math.min(fits, count - slots.length);
    // The last ring spreads its nodes evenly over the whole circle rather than bunching them.
    const step = (2 * Math.PI) / (here === fits ? fits : Math.max(here, 1));
    const offset = ring % 2 === 1 ? step / 2 : 0;
    for (let i = 0; i < here; i += 1) {
      const angle = -Math.PI / 2 + offset + i * step;
      slots.push({ ring, dx: radius * Math.cos(angle), dy: radius * Math.sin(angle), angle });
    }
    outerRadius = radius;
  }
  return { slots, outerRadius };
}
