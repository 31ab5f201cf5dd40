import { type ReactNode, type Ref, useId, useMemo, useState } from 'react';
import { actorLabel, type Journey, type JourneyDrawing, layoutDrawing } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { INK } from './DrawingShapes.tsx';
import { DrawingSvg } from './DrawingSvg.tsx';
import { useStructural } from './useStructural.ts';

interface Props {
  journey: Journey;
  selectedStepId?: string | null;
  onSelectStep?: (stepId: string) => void;
  svgRef?: Ref<SVGSVGElement>;
  /** Drawn over the lines, under the actors (e.g. the deviation view's highlights, web/journeys/actual). */
  overlay?: ((drawing: JourneyDrawing) => ReactNode) | undefined;
}

/**
 * The seed's drawing, generated: the home in the centre, actors around it, one numbered line per first
 * contact or handover, hotspots as dashed rings. Hovering a line, or moving the range input by keyboard,
 * shows its step under the drawing. The ordered step list (StepTextList) is the text alternative.
 */
export function DrawingView({ journey, selectedStepId, onSelectStep, svgRef, overlay }: Props) {
  const { t } = useI18n();
  const ids = useId();
  const structural = useStructural(journey);
  const drawing = useMemo(() => layoutDrawing(structural), [structural]);
  const [active, setActive] = useState<number | null>(null);
  const stepIndex = useMemo(() => new Map(journey.steps.map((s, i) => [s.id, i])), [journey]);
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
  const activeKey = line ? `${line.fromActorId ?? ''}\u0000${line.toActorId}` : '';
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
        <DrawingSvg
          drawing={drawing}
          journey={structural}
          current={current}
          activeKey={activeKey}
          svgRef={svgRef}
          ids={ids}
          overlay={overlay}
        />
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
