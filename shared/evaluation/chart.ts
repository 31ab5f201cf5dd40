export interface BarRow {
  label: string;
  before: { mean: number; lower: number; upper: number } | null;
  after: { mean: number; lower: number; upper: number } | null;
}

export interface BarGeometry {
  width: number;
  height: number;
  /** Maps a value on the scale to an x coordinate in the chart's viewBox. */
  x: (value: number) => number;
  rowY: (row: number, group: 0 | 1) => number;
  barHeight: number;
  labelWidth: number;
}

/**
 * Layout of the before/after bar chart (means with 95 % interval whiskers), shared by the React page
 * and the server-rendered HTML so both draw the same picture. The axis always starts at the scale's
 * minimum, so bars are comparable and a small difference is not magnified.
 */
export function barGeometry(rows: number, scale: { min: number; max: number }, width = 640): BarGeometry {
  const labelWidth = Math.round(width * 0.38);
  const barHeight = 16;
  const rowHeight = barHeight * 2 + 18;
  const plot = width - labelWidth - 24;
  return {
    width,
    height: rows * rowHeight + 28,
    barHeight,
    labelWidth,
    x: (value) => labelWidth + ((value - scale.min) / (scale.max - scale.min)) * plot,
    rowY: (row, group) => 8 + row * rowHeight + group * (barHeight + 2),
  };
}

/** An item label shortened to fit the label column (about 6.5 px per character at 12 px). */
export function chartLabel(label: string, labelWidth: number): string {
  const max = Math.floor(labelWidth / 6.5) - 1;
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/** Where the printed mean goes: right of the bar and of its interval whisker, so they never overlap. */
export function valueX(g: BarGeometry, mean: number, upper: number | undefined): number {
  return g.x(Math.max(mean, upper ?? mean)) + 4;
}
