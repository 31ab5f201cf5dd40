import { type ReactNode, type RefObject, useCallback, useId, useMemo, useRef, useState } from 'react';
import { actorLabel, type Journey, type JourneyDrawing, layoutDrawing } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { DrawingLegend } from './DrawingLegend.tsx';
import { DrawingSvg } from './DrawingSvg.tsx';
import { type DrawingSelection, DrawingTools } from './DrawingTools.tsx';
import { placeActor } from './edit-drawing.ts';
import { usePointerEdit } from './usePointerEdit.ts';
import { useStructural } from './useStructural.ts';

interface Props {
  journey: Journey;
  selectedStepId?: string | null;
  onSelectStep?: (stepId: string) => void;
  svgRef?: RefObject<SVGSVGElement | null>;
  /** Given (and not read-only): the drawing is editable — add contacts, drag actors, move/delete steps. */
  onChange?: ((update: (j: Journey) => Journey, key?: string) => void) | undefined;
  /** Extra marks drawn on top with the same geometry (e.g. deviations from a conformance check). */
  overlay?: ((drawing: JourneyDrawing) => ReactNode) | undefined;
}

/**
 * The seed's drawing, generated: the home in the centre, actors around it (or where they were dragged),
 * one numbered line per first contact or handover, hotspots as dashed rings. Editable: click the home
 * or an actor to add the next contact, drag actors, click a badge to move or delete its steps. The
 * range input and the step form are the keyboard alternatives; StepTextList is the text alternative.
 */
export function DrawingView({ journey, selectedStepId, onSelectStep, svgRef, onChange, overlay }: Props) {
  const { t } = useI18n();
  const ids = useId();
  const structural = useStructural(journey);
  const drawing = useMemo(() => layoutDrawing(structural), [structural]);
  const [active, setActive] = useState<number | null>(null);
  const [selection, setSelection] = useState<DrawingSelection | null>(null);
  const localSvg = useRef<SVGSVGElement | null>(null);
  // Stable, so the memoised DrawingSvg is not re-rendered (and its ref re-attached) on every keystroke.
  const setSvg = useCallback(
    (element: SVGSVGElement | null) => {
      localSvg.current = element;
      if (svgRef) svgRef.current = element;
    },
    [svgRef],
  );
  const { drag, handlers } = usePointerEdit(
    localSvg,
    (hit) => {
      if (hit.kind === 'drop') {
        const node = drawing.nodes.find((n) => n.actorId === hit.actorId);
        if (node && onChange)
          onChange((j) =>
            placeActor(j, hit.actorId, node.x + hit.dx - drawing.home.x, node.y + hit.dy - drawing.home.y),
          );
      } else if (hit.kind === 'line') {
        const line = drawing.lines[hit.index];
        if (line?.stepIds[0]) onSelectStep?.(line.stepIds[0]);
        setSelection({ kind: 'line', index: hit.index });
      } else if (onChange) {
        setSelection({ kind: 'from', actorId: hit.kind === 'actor' ? hit.actorId : null });
      }
    },
    onChange !== undefined,
  );
  const stepIndex = useMemo(() => new Map(journey.steps.map((s, i) => [s.id, i])), [journey]);
  const label = (actorId: string | null) => {
    const actor = journey.actors.find((a) => a.id === actorId);
    return actor ? actorLabel(actor).label : t('journeys.drawing.homeShort');
  };
  const selectedLine = drawing.lines.findIndex((l) => selectedStepId && l.stepIds.includes(selectedStepId));
  const current = active ?? (selectedLine >= 0 ? selectedLine : null);
  const line = current === null ? undefined : drawing.lines[current];
  const activeKey = line
    ? `${line.fromActorId ?? ''}\u0000${line.toActorId}`
    : selection?.kind === 'from'
      ? (selection.actorId ?? '')
      : '';
  const tools = onChange && (
    <DrawingTools
      journey={journey}
      drawing={drawing}
      selection={selection}
      onSelect={setSelection}
      onChange={onChange}
      onSelectStep={onSelectStep}
    />
  );
  if (journey.steps.length === 0 && journey.actors.length === 0 && !onChange) {
    return <p className="muted">{t('journeys.drawing.empty')}</p>;
  }
  return (
    <div className="journey-drawing">
      {tools}
      {/* biome-ignore lint/a11y: pointer shortcuts only; the tools, the range input and the forms do the same by keyboard */}
      <div
        className={`journey-canvas${onChange ? ' journey-canvas-editable' : ''}`}
        data-testid="journey-canvas"
        onMouseOver={(event) => {
          const hit = (event.target as Element).closest('[data-line]');
          if (hit) setActive(Number(hit.getAttribute('data-line')));
        }}
        onMouseLeave={() => setActive(null)}
        {...handlers}
      >
        <DrawingSvg
          drawing={drawing}
          journey={structural}
          title={journey.title}
          current={current}
          activeKey={activeKey}
          svgRef={setSvg}
          ids={ids}
          drag={drag}
          overlay={overlay}
        />
      </div>
      {drawing.lines.length > 0 && (
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
      )}
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
      <DrawingLegend />
    </div>
  );
}
