import { memo, type ReactNode, type Ref } from 'react';
import type { Journey, JourneyDrawing } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ActorNode, Home, INK, linePath, lineStyle } from './DrawingShapes.tsx';
import { hotspotText } from './hotspotText.ts';

interface Props {
  drawing: JourneyDrawing;
  journey: Journey;
  current: number | null;
  /** `from\u0000to` actor ids of the active line, '' for none (a string keeps memo comparison cheap). */
  activeKey: string;
  svgRef?: Ref<SVGSVGElement> | undefined;
  ids: string;
  overlay?: ((drawing: JourneyDrawing) => ReactNode) | undefined;
}

/**
 * The drawing's SVG, memoised: it re-renders only when the layout or the highlighted line changes, not
 * on every keystroke elsewhere in the editor. Colours are attributes so exports look the same.
 */
export const DrawingSvg = memo(function DrawingSvg({
  drawing,
  journey,
  current,
  activeKey,
  svgRef,
  ids,
  overlay,
}: Props) {
  const { t } = useI18n();
  const activeActors = new Set(activeKey.split('\u0000'));
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
      <title id={`${ids}-title`}>{t('journeys.drawing.title')}</title>
      <desc id={`${ids}-desc`}>
        {t('journeys.drawing.desc', { actors: drawing.nodes.length, lines: drawing.lines.length })}
      </desc>
      <rect width={drawing.width} height={drawing.height} fill={INK.fill} />
      {drawing.hotspots.map((h, i) => (
        <circle
          key={`${h.kind}-${h.stepIds[0] ?? i}`}
          cx={h.x}
          cy={h.y}
          r={78}
          fill="none"
          stroke={INK.hotspot}
          strokeWidth={3}
          strokeDasharray="10 6"
          data-hotspot={h.kind}
        >
          <title>{t('journeys.drawing.hotspot', { text: hotspotText(t, journey, h) })}</title>
        </circle>
      ))}
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
        <ActorNode key={node.actorId} node={node} active={activeActors.has(node.actorId)} />
      ))}
      <Home at={drawing.home} label={t('journeys.drawing.homeShort')} />
      {drawing.lines.map((l, i) => {
        const { mid } = linePath(l);
        return (
          <g key={`n${l.number}`} data-line={i}>
            <circle
              cx={mid.x}
              cy={mid.y}
              r={11}
              fill={current === i ? INK.active : INK.fill}
              stroke={lineStyle(l).stroke}
              strokeWidth={2}
            />
            <text
              x={mid.x}
              y={mid.y + 4}
              textAnchor="middle"
              fontSize={l.number > 99 ? 8 : 11}
              fontWeight={700}
              fill={INK.text}
            >
              {l.number}
            </text>
          </g>
        );
      })}
    </svg>
  );
});
