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
  /** Distance between wrapped label lines (12 px text). */
  lineHeight: number;
}

/**
 * Layout of the before/after bar chart (means with 95 % interval whiskers), shared by the React page
 * and the server-rendered HTML so both draw the same picture. The axis always starts at the scale's
 * minimum, so bars are comparable and a small difference is not magnified.
 */
export function barGeometry(
  rows: number,
  scale: { min: number; max: number },
  width = 640,
  labelLines = 2,
): BarGeometry {
  const labelWidth = Math.round(width * 0.38);
  const barHeight = 16;
  const lineHeight = 14;
  // A row is as tall as its two bars or its wrapped label, whichever is taller.
  const rowHeight = Math.max(barHeight * 2 + 18, labelLines * lineHeight + 8);
  // 40 px right of the scale maximum hold the printed mean ("4,50" ≈ 26 px) after its 4 px gap.
  const plot = width - labelWidth - 40;
  return {
    width,
    height: rows * rowHeight + 28,
    barHeight,
    labelWidth,
    lineHeight,
    x: (value) => labelWidth + ((value - scale.min) / (scale.max - scale.min)) * plot,
    rowY: (row, group) => 8 + row * rowHeight + group * (barHeight + 2),
  };
}

/**
 * An item label wrapped at word boundaries to the label column (about 6.5 px per character at 12 px),
 * never shortened: the whole wording must be readable. A single word longer than a line is broken.
 */
export function chartLabelLines(label: string, labelWidth: number): string[] {
  const max = Math.floor(labelWidth / 6.5) - 1;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    let w = word;
    while (w.length > max) {
      if (line) lines.push(line);
      lines.push(w.slice(0, max));
      w = w.slice(max);
      line = '';
    }
    if (!line) line = w;
    else if (line.length + 1 + w.length <= max) line = `${line} ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Where the printed mean goes: right of the bar and of its interval whisker, so they never overlap. */
export function valueX(g: BarGeometry, mean: number, upper: number | undefined): number {
  return g.x(Math.max(mean, upper ?? mean)) + 4;
}
