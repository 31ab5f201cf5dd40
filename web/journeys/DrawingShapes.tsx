import type { DrawingLine, DrawingNode, NodeShape, Point } from '../../shared/journey/index.ts';
import { shorten } from './format.ts';

/** Colours as SVG attributes (not CSS), so exported SVG and PNG files look the same as on screen. */
export const INK = {
  text: '#1b1f24',
  muted: '#4b5663',
  line: '#4b5663',
  handover: '#124e78',
  boundary: '#a4241b',
  hotspot: '#b35c00',
  active: '#ffbf47',
  fill: '#ffffff',
  tint: '#e6f0f7',
} as const;

/** A stick figure (employee, relative), a house (department, partner) or a screen (self-service). */
export function Figure({ shape, x, y }: { shape: NodeShape; x: number; y: number }) {
  const common = { fill: INK.fill, stroke: INK.text, strokeWidth: 2 };
  if (shape === 'person') {
    return (
      <g>
        <circle cx={x} cy={y - 12} r={9} {...common} />
        <path d={`M${x - 16} ${y + 20} Q${x} ${y - 8} ${x + 16} ${y + 20} Z`} {...common} />
      </g>
    );
  }
  if (shape === 'screen') {
    return (
      <g>
        <rect x={x - 18} y={y - 18} width={36} height={26} rx={3} {...common} />
        <path d={`M${x - 8} ${y + 18} H${x + 8} M${x} ${y + 8} V${y + 18}`} {...common} />
      </g>
    );
  }
  return (
    <g>
      <path d={`M${x - 20} ${y - 2} L${x} ${y - 20} L${x + 20} ${y - 2} Z`} {...common} />
      <rect x={x - 15} y={y - 2} width={30} height={22} {...common} />
      <rect x={x - 4} y={y + 8} width={8} height={12} fill={INK.text} />
    </g>
  );
}

/** The citizen's home in the centre: a larger house. */
export function Home({ at, label }: { at: Point; label: string }) {
  const { x, y } = at;
  return (
    <g>
      <path
        d={`M${x - 34} ${y} L${x} ${y - 30} L${x + 34} ${y} Z`}
        fill={INK.tint}
        stroke={INK.text}
        strokeWidth={2.5}
      />
      <rect x={x - 26} y={y} width={52} height={34} fill={INK.tint} stroke={INK.text} strokeWidth={2.5} />
      <text
        x={x}
        y={y + 52}
        textAnchor="middle"
        fontSize={14}
        fontWeight={700}
        fill={INK.text}
        stroke="#ffffff"
        strokeWidth={4}
        paintOrder="stroke"
      >
        {label}
      </text>
    </g>
  );
}

/** The actor with its profession or name written above, as in the paper drawing. */
export function ActorNode({ node, active }: { node: DrawingNode; active: boolean }) {
  return (
    <g opacity={node.order === null ? 0.55 : 1}>
      <title>{node.sublabel ? `${node.label} – ${node.sublabel}` : node.label}</title>
      {active && <circle cx={node.x} cy={node.y} r={34} fill={INK.active} opacity={0.6} />}
      <text
        x={node.x}
        y={node.y - 38}
        textAnchor="middle"
        fontSize={13}
        fontWeight={700}
        fill={INK.text}
        stroke="#ffffff"
        strokeWidth={4}
        paintOrder="stroke"
      >
        {shorten(node.label)}
      </text>
      <Figure shape={node.shape} x={node.x} y={node.y} />
      {node.sublabel && (
        <text
          x={node.x}
          y={node.y + 38}
          textAnchor="middle"
          fontSize={11}
          fill={INK.muted}
          stroke="#ffffff"
          strokeWidth={4}
          paintOrder="stroke"
        >
          {shorten(node.sublabel, 24)}
        </text>
      )}
    </g>
  );
}

/** A curved path between the ends; repeats between the same ends bend apart (alternating sides). */
export function linePath(line: DrawingLine): { d: string; mid: Point } {
  const { from, to } = line;
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const k = line.parallelIndex;
  const bend = (k % 2 === 0 ? 1 : -1) * (12 + 18 * Math.ceil(k / 2));
  const cx = (from.x + to.x) / 2 + (-dy / length) * bend;
  const cy = (from.y + to.y) / 2 + (dx / length) * bend;
  // The midpoint of a quadratic Bézier curve is halfway between the chord's midpoint and the control point.
  const mid = { x: (from.x + to.x) / 4 + cx / 2, y: (from.y + to.y) / 4 + cy / 2 };
  return { d: `M${from.x} ${from.y} Q${cx} ${cy} ${to.x} ${to.y}`, mid };
}

/** Stroke colour and dash of a line by kind. */
export function lineStyle(line: DrawingLine): { stroke: string; dash?: string } {
  if (line.crossesBoundary) return { stroke: INK.boundary, dash: '8 4' };
  if (line.isHandover) return { stroke: INK.handover };
  return { stroke: INK.line, dash: '2 4' };
}
