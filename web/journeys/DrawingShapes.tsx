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
  /** Fill of the municipality's own actors; others' stay white with a dashed frame. */
  own: '#d4e6f4',
  house: '#f3efe6',
} as const;

/** The department or organisation a person stands in: a wide house behind the figure. */
export function HouseBehind({ x, y }: { x: number; y: number }) {
  return (
    <g data-house="">
      <path
        d={`M${x - 27} ${y - 6} L${x} ${y - 27} L${x + 27} ${y - 6} Z`}
        fill={INK.house}
        stroke={INK.muted}
        strokeWidth={1.5}
      />
      <rect
        x={x - 23}
        y={y - 6}
        width={46}
        height={28}
        fill={INK.house}
        stroke={INK.muted}
        strokeWidth={1.5}
      />
    </g>
  );
}

/** A stick figure (employee, relative), a house (department, partner) or a screen (self-service). */
export function Figure({ shape, x, y, own }: { shape: NodeShape; x: number; y: number; own: boolean }) {
  const common = {
    fill: own ? INK.own : INK.fill,
    stroke: INK.text,
    strokeWidth: 2,
    ...(own ? {} : { strokeDasharray: '4 2' }),
  };
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

/**
 * The actor with its profession or name written above, as in the paper drawing; a person with a
 * department stands in that department's house, whose name is written below.
 */
export function ActorNode({
  node,
  active,
  ownText,
  dx = 0,
  dy = 0,
}: {
  node: DrawingNode;
  active: boolean;
  /** "Kommunens egen" or "Andres" for the tooltip: the marking must not rely on colour alone. */
  ownText: string;
  dx?: number;
  dy?: number;
}) {
  const sub = node.house ?? node.sublabel;
  return (
    <g
      opacity={node.order === null ? 0.55 : 1}
      data-actor={node.actorId}
      data-own={node.own ? 'true' : 'false'}
      transform={dx || dy ? `translate(${dx} ${dy})` : undefined}
    >
      <title>{`${node.label}${sub ? ` – ${sub}` : ''} (${ownText})`}</title>
      {active && <circle cx={node.x} cy={node.y} r={30} fill={INK.active} opacity={0.6} />}
      {node.house && <HouseBehind x={node.x} y={node.y} />}
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
      <Figure shape={node.shape} x={node.x} y={node.y} own={node.own} />
      {sub && (
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
          {shorten(sub, 24)}
        </text>
      )}
    </g>
  );
}

/** The line's curve as an SVG path (the control point comes from the shared layout). */
export function linePath(line: DrawingLine): { d: string } {
  const { from, to, control } = line;
  return { d: `M${from.x} ${from.y} Q${control.x} ${control.y} ${to.x} ${to.y}` };
}

/**
 * A numbered badge: a circle for a contact with the municipality's own actor, a square for someone
 * else's, so "ours and others'" reads without colour.
 */
export function Badge({ line, active }: { line: DrawingLine; active: boolean }) {
  const { x, y } = line.badge;
  const fill = active ? INK.active : INK.fill;
  const stroke = lineStyle(line).stroke;
  return (
    <g data-badge={line.number} data-own={line.own ? 'true' : 'false'}>
      {line.own ? (
        <circle cx={x} cy={y} r={11} fill={fill} stroke={stroke} strokeWidth={2} />
      ) : (
        <rect
          x={x - 10}
          y={y - 10}
          width={20}
          height={20}
          rx={2}
          fill={fill}
          stroke={stroke}
          strokeWidth={2}
        />
      )}
      <text
        x={x}
        y={y + 4}
        textAnchor="middle"
        fontSize={line.number > 99 ? 8 : 11}
        fontWeight={700}
        fill={INK.text}
      >
        {line.number}
      </text>
    </g>
  );
}

/** Stroke colour and dash of a line by kind. */
export function lineStyle(line: DrawingLine): { stroke: string; dash?: string } {
  if (line.crossesBoundary) return { stroke: INK.boundary, dash: '8 4' };
  if (line.isHandover) return { stroke: INK.handover };
  return { stroke: INK.line, dash: '2 4' };
}
