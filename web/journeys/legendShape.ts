import { INK } from './DrawingShapes.tsx';

/** One legend entry: a line kind, own or others' contacts, or a department (a house). */
export interface LegendEntry {
  kind: 'line' | 'own' | 'others' | 'house';
  stroke: string;
  dash: string | undefined;
  text: string;
}

/** One SVG element: its tag and its attributes (React's camelCase names). */
export interface LegendShape {
  tag: 'line' | 'circle' | 'rect' | 'path';
  attrs: Record<string, string | number>;
}

/**
 * The drawing of a legend symbol, 32 wide, from `x` and centred on `y`: a line sample, a filled circle
 * (own), a dashed square (others) or a house. The page's legend renders it with React, the exported
 * sheet as SVG text (`shapeSvg`), so both show the same symbol.
 */
export function legendShape(entry: LegendEntry, x: number, y: number): LegendShape {
  const stroke = entry.stroke;
  const dash: Record<string, string> = entry.dash === undefined ? {} : { strokeDasharray: entry.dash };
  if (entry.kind === 'line')
    return { tag: 'line', attrs: { x1: x, y1: y, x2: x + 32, y2: y, stroke, strokeWidth: 3, ...dash } };
  if (entry.kind === 'own')
    return { tag: 'circle', attrs: { cx: x + 16, cy: y, r: 7, fill: INK.own, stroke, strokeWidth: 2 } };
  if (entry.kind === 'others')
    return {
      tag: 'rect',
      attrs: { x: x + 9, y: y - 7, width: 14, height: 14, fill: INK.fill, stroke, strokeWidth: 2, ...dash },
    };
  const d = `M${x + 6} ${y} L${x + 16} ${y - 7} L${x + 26} ${y} V${y + 7} H${x + 6} Z`;
  return { tag: 'path', attrs: { d, fill: INK.house, stroke, strokeWidth: 1.5 } };
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** A shape as SVG text (attribute values are numbers and colours: nothing to escape). */
export function shapeSvg({ tag, attrs }: LegendShape): string {
  const list = Object.entries(attrs).map(([name, value]) => ` ${kebab(name)}="${value}"`);
  return `<${tag}${list.join('')}/>`;
}
