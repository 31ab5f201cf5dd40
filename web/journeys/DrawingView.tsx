import { type Ref, useId, useMemo, useState } from 'react';
import { actorLabel, type Journey, layoutDrawing } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ActorNode, Home, INK, linePath, lineStyle } from './DrawingShapes.tsx';
import { hotspotText } from './hotspotText.ts';

interface Props {
  journey: Journey;
  selectedStepId?: string | null;
  onSelectStep?: (stepId: string) => void;
  svgRef?: Ref<SVGSVGElement>;
}

/**
 * The seed's drawing, generated: the home in the centre, actors around it, one numbered line per first
 * contact or handover, hotspots as dashed rings. Hovering a line, or moving the range input by keyboard,
 * shows its step under the drawing. The ordered step list (StepTextList) is the text alternative.
 */
export function DrawingView({ journey, selectedStepId, onSelectStep, svgRef }: Props) {
  const { t } = useI18n();
  const ids = useId();
  const drawing = useMemo(() => layoutDrawing(journey), [journey]);
  const [active, setActive] = useState<number | null>(null);
  const stepIndex = useMemo(() => new Map(journey.steps.map((s, i) => [s.id, i])), [journey]);
  const hotSteps = useMemo(() => new Set(drawing.hotspots.flatMap((h) => h.stepIds)), [drawing]);
  const label = (actorId: string | null) => {
    const actor = journey.actors.find((a) => a.id === actorId);
    return actor ? actorLabel(actor).label : t('journeys.drawing.homeShort');
  };
  const selectedLine = drawing.lines.findIndex((l) => selectedStepId && l.stepIds.includes(selectedStepId));
  const current = active ?? (selectedLine >= 0 ? selectedLine : null);
  const line = current === null ? undefined : drawing.lines[current];

  if (drawing.nodes.length === 0 || journey.steps.length === 0) {
    return <p className="muted">{t('journeys.drawing.empty')}</p>;
  }
  const activeActors = new Set(line ? [line.toActorId, line.fromActorId] : []);
  return (
    <div className="journey-drawing">
      {/* biome-ignore lint/a11y: pointer shortcuts only; the range input below does the same by keyboard */}
      <div
        className="journey-canvas"
        onMouseOver={(event) => {
          const hit = (event.target as Element).closest('[data-line]');
          if (hit) setActive(Number(hit.getAttribute('data-line')));
        }}
        onClick={() => line?.stepIds[0] && onSelectStep?.(line.stepIds[0])}
        onMouseLeave={() => setActive(null)}
      >
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
            const hot = l.stepIds.some((id) => hotSteps.has(id));
            return (
              <g key={l.number} data-line={i}>
                {hot && <path d={d} fill="none" stroke={INK.hotspot} strokeOpacity={0.35} strokeWidth={9} />}
                {current === i && <path d={d} fill="none" stroke={INK.active} strokeWidth={10} />}
                <path
                  d={d}
                  fill="none"
                  stroke={style.stroke}
                  strokeWidth={2.5}
                  strokeDasharray={style.dash}
                />
                <path d={d} fill="none" stroke="transparent" strokeWidth={14} />
              </g>
            );
          })}
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
      </div>
      <div className="field journey-line-picker">
        <label className="field-label" htmlFor={`${ids}-line`}>
          {t('journeys.drawing.pickLine', { count: drawing.lines.length })}
        </label>
        <p id={`${ids}-hint`} className="field-hint">
          {t('journeys.drawing.keyboardHint')}
        </p>
        <input
          id={`${ids}-line`}
          type="range"
          min={1}
          max={drawing.lines.length}
          value={(current ?? 0) + 1}
          aria-describedby={`${ids}-hint`}
          aria-valuetext={
            line
              ? t('journeys.drawing.line', {
                  number: line.number,
                  from: label(line.fromActorId),
                  to: label(line.toActorId),
                })
              : undefined
          }
          onChange={(event) => setActive(Number(event.target.value) - 1)}
          onFocus={() => setActive(current ?? 0)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && line?.stepIds[0]) onSelectStep?.(line.stepIds[0]);
          }}
        />
      </div>
      <div className="journey-active" aria-live="polite" data-testid="drawing-active">
        {line ? (
          <>
            <strong>
              {t('journeys.drawing.line', {
                number: line.number,
                from: label(line.fromActorId),
                to: label(line.toActorId),
              })}
            </strong>
            <ul>
              {line.stepIds.slice(0, 5).map((id) => {
                const index = stepIndex.get(id) ?? 0;
                const step = journey.steps[index];
                return (
                  <li key={id}>
                    {t('journeys.step.editing', { n: index + 1 })}: {step?.description || '–'}
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          <span className="muted">{t('journeys.drawing.noActive')}</span>
        )}
      </div>
      <Legend />
    </div>
  );
}

function Legend() {
  const { t } = useI18n();
  const item = (stroke: string, dash: string | undefined, text: string) => (
    <li>
      <svg width="36" height="12" aria-hidden="true">
        <line x1="2" y1="6" x2="34" y2="6" stroke={stroke} strokeWidth="3" strokeDasharray={dash} />
      </svg>
      {text}
    </li>
  );
  return (
    <ul className="journey-legend">
      {item(INK.line, '2 4', t('journeys.drawing.legend.first'))}
      {item(INK.handover, undefined, t('journeys.drawing.legend.handover'))}
      {item(INK.boundary, '8 4', t('journeys.drawing.legend.boundary'))}
      {item(INK.hotspot, '10 6', t('journeys.drawing.legend.hotspot'))}
    </ul>
  );
}
