/** A point in drawing units. */
export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned box that a badge must not cover (an actor's figure and label, the home). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A line's curve: a quadratic Bézier from `from` through the pull of `control` to `to`. */
export interface Curve {
  from: Point;
  control: Point;
  to: Point;
}

/**
 * The curve of the k-th line between the same two ends: repeats bend apart on alternating sides, so
 * parallel lines (A→B, B→A, A→B …) never lie on top of each other.
 */
export function curveOf(from: Point, to: Point, parallelIndex: number): Curve {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const k = parallelIndex;
  const bend = (k % 2 === 0 ? 1 : -1) * (12 + 24 * Math.ceil(k / 2));
  const control = {
    x: (from.x + to.x) / 2 + (-dy / length) * bend,
    y: (from.y + to.y) / 2 + (dx / length) * bend,
  };
  return { from, control, to };
}

/** The point at `t` (0…1) on a curve. */
export function pointOnCurve(curve: Curve, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * curve.from.x + 2 * u * t * curve.control.x + t * t * curve.to.x,
    y: u * u * curve.from.y + 2 * u * t * curve.control.y + t * t * curve.to.y,
  };
}

/** Positions along the line tried in turn: the middle first, then outwards. */
const ALONG = [0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8];

function hitsBox(p: Point, r: number, box: Box): boolean {
  const nx = Math.max(box.x, Math.min(p.x, box.x + box.width));
  const ny = Math.max(box.y, Math.min(p.y, box.y + box.height));
  return Math.hypot(p.x - nx, p.y - ny) < r;
}

/**
 * Above this many lines the spiral search would be quadratic (each new badge walks past the crowd);
 * such drawings are unreadable anyway and the UI points to the swimlanes, so badges there sit in the
 * middle of their line and may touch. 25- and 300-step journeys are fully separated.
 */
export const SPIRAL_LIMIT = 400;

/** Buckets of a uniform grid, so each test only looks at nearby badges and boxes (2,000 lines stay fast). */
class Grid<T> {
  private readonly cells = new Map<number, T[]>();
  constructor(private readonly size: number) {}
  /** A number key (cheaper than a string); unique for |cx|, |cy| < 2^20, far beyond any canvas. */
  private key(cx: number, cy: number) {
    return cx * 2_097_152 + cy;
  }
  add(item: T, x0: number, y0: number, x1: number, y1: number) {
    for (let cx = Math.floor(x0 / this.size); cx <= Math.floor(x1 / this.size); cx += 1)
      for (let cy = Math.floor(y0 / this.size); cy <= Math.floor(y1 / this.size); cy += 1) {
        const key = this.key(cx, cy);
        const cell = this.cells.get(key);
        if (cell) cell.push(item);
        else this.cells.set(key, [item]);
      }
  }
  near(p: Point): T[] {
    const cx = Math.floor(p.x / this.size);
    const cy = Math.floor(p.y / this.size);
    const out: T[] = [];
    for (let dx = -1; dx <= 1; dx += 1)
      for (let dy = -1; dy <= 1; dy += 1) {
        const cell = this.cells.get(this.key(cx + dx, cy + dy));
        if (cell) for (const item of cell) out.push(item);
      }
    return out;
  }
}

/**
 * Places one numbered badge per curve so that no two badges overlap and, where possible, no badge
 * covers a figure: each badge slides along its own line (middle first); if every spot is taken it
 * moves outwards on a golden-angle spiral from the line's middle until it is free of other badges.
 * Badges are circles of `radius`; `gap` is the free space kept between them. Deterministic.
 */
export function placeBadges(
  curves: readonly Curve[],
  obstacles: readonly Box[],
  radius = 12,
  gap = 2,
): Point[] {
  const spacing = 2 * radius + gap;
  const badges = new Grid<Point>(spacing);
  const boxes = new Grid<Box>(spacing);
  for (const box of obstacles) boxes.add(box, box.x, box.y, box.x + box.width, box.y + box.height);
  const placed: Point[] = [];
  // Where the spiral around a given middle stopped last time: repeats of one line resume there
  // instead of re-testing the taken spots, which keeps 2,000 crowded badges linear rather than quadratic.
  const resume = new Map<string, number>();
  // Chebyshev distance: the badges' bounding boxes stay apart too, not only their circles.
  const freeOfBadges = (p: Point) =>
    badges.near(p).every((q) => Math.max(Math.abs(p.x - q.x), Math.abs(p.y - q.y)) >= spacing);
  const freeOfFigures = (p: Point) => boxes.near(p).every((box) => !hitsBox(p, radius, box));
  if (curves.length > SPIRAL_LIMIT) return curves.map((curve) => pointOnCurve(curve, 0.5));
  for (const curve of curves) {
    const along = ALONG.map((t) => pointOnCurve(curve, t));
    let spot = along.find((p) => freeOfBadges(p) && freeOfFigures(p)) ?? along.find(freeOfBadges);
    if (!spot) {
      const mid = pointOnCurve(curve, 0.5);
      const key = `${Math.round(mid.x)},${Math.round(mid.y)}`;
      let i = resume.get(key) ?? 1;
      for (; !spot; i += 1) {
        const angle = i * 2.399963;
        const distance = radius * 0.9 * Math.sqrt(i);
        const p = { x: mid.x + distance * Math.cos(angle), y: mid.y + distance * Math.sin(angle) };
        if (freeOfBadges(p) && (i > 40 || freeOfFigures(p))) spot = p;
      }
      resume.set(key, i);
    }
    // Rounded outwards from nothing: the exact point is kept, so the spacing test above still holds.
    placed.push(spot);
    badges.add(spot, spot.x, spot.y, spot.x, spot.y);
  }
  return placed;
}
