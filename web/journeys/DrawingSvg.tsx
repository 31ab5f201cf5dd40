import { memo, type ReactNode, type Ref } from 'react';
import type { Journey, JourneyDrawing } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ActorNode, Badge, Home, INK, linePath, lineStyle } from './DrawingShapes.tsx';
import { hotspotText } from './hotspotText.ts';

/** An actor being dragged: drawn shifted until the drop commits its new position. */
export interface DragOffset {
  actorId: string;
  dx: number;
  dy: number;
}

interface Props {
  drawing: JourneyDrawing;
  journey: Journey;
  /** The current title (the structural journey may carry an older one). */
  title: string;
  current: number | null;
  /** `from\u0000to` actor ids of the active line, '' for none (a string keeps memo comparison cheap). */
  activeKey: string;
  svgRef?: Ref<SVGSVGElement> | undefined;
  ids: string;
  drag?: DragOffset | null;
  /** Drawn on top (e.g. a conformance overlay); gets the same geometry. */
  overlay?: ((drawing: JourneyDrawing) => ReactNode) | undefined;
}

/**
 * The drawing's SVG, memoised: it re-renders only when the layout, the highlighted line or a drag
 * changes, not on every keystroke elsewhere in the editor. Colours are attributes so exports look the
 * same. Order of painting: rings, lines, figures, home, badges — so rings never cover a figure and
 * badges stay readable on top.
 */
export const DrawingSvg = memo(function DrawingSvg({
  drawing,
  journey,
  title,
  current,
  activeKey,
  svgRef,
  ids,
  drag,
  overlay,
}: Props) {
  const { t } = useI18n();
  const activeActors = new Set(activeKey.split('\u0000'));
  const boundary = drawing.lines.filter((l) => l.crossesBoundary).length;
  const handovers = drawing.lines.filter((l) => l.isHandover).length;
  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${drawing.width} ${drawing.height}`}
      width={drawing.width}
      height={drawing.height}
      role="img"
      aria-labelledby={`${ids}-title ${ids}-desc`}
      fontFamily="system-ui, Arial, sans-serif"
      data-testid="journey-drawing"
    >
      <title id={`${ids}-title`}>{`${title} – ${t('journeys.drawing.title')}`}</title>
      <desc id={`${ids}-desc`}>
        {[
          t('journeys.drawing.descActors', { count: drawing.nodes.length }),
          t('journeys.drawing.descLines', { count: drawing.lines.length }),
          t('journeys.drawing.descHandovers', { count: handovers, boundary }),
        ].join(' ')}
      </desc>
      <rect width={drawing.width} height={drawing.height} fill={INK.fill} />
      {drawing.rings.map((ring) => {
        const hotspot = drawing.hotspots[ring.hotspot];
        return (
          <circle
            key={`${ring.hotspot}-${ring.actorId}`}
            cx={ring.x}
            cy={ring.y}
            r={ring.r}
            fill="none"
            stroke={INK.hotspot}
            strokeWidth={3}
            strokeDasharray="10 6"
            data-hotspot={hotspot?.kind}
          >
            {hotspot && (
              <title>{t('journeys.drawing.hotspot', { text: hotspotText(t, journey, hotspot) })}</title>
            )}
          </circle>
        );
      })}
      {drawing.lines.map((l, i) => {
        const { d } = linePath(l);
        const style = lineStyle(l);
        return (
          <g key={l.number} data-line={i}>
            {current === i && <path d={d} fill="none" stroke={INK.active} strokeWidth={10} />}
            <path d={d} fill="none" stroke={style.stroke} strokeWidth={2.5} strokeDasharray={style.dash} />
            <path d={d} fill="none" stroke="transparent" strokeWidth={14} />
          </g>
        );
      })}
      {overlay?.(drawing)}
      {drawing.nodes.map((node) => (
        <ActorNode
          key={node.actorId}
          node={node}
          active={activeActors.has(node.actorId)}
          ownText={t(node.own ? 'journeys.drawing.own' : 'journeys.drawing.others')}
          dx={drag?.actorId === node.actorId ? drag.dx : 0}
          dy={drag?.actorId === node.actorId ? drag.dy : 0}
        />
      ))}
      <g data-home="">
        <Home at={drawing.home} label={t('journeys.drawing.homeShort')} />
      </g>
      {drawing.lines.map((l, i) => (
        <g key={`n${l.number}`} data-line={i}>
          <Badge line={l} active={current === i} />
        </g>
      ))}
    </svg>
  );
});
