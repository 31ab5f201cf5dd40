import { memo, type Ref, useId, useMemo, useState } from 'react';
import { type Journey, type LaneMode, layoutSwimlanes } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { INK } from './DrawingShapes.tsx';
import { shorten } from './format.ts';

interface Props {
  /** Only actors and steps matter; pass the structural journey so typing a description skips a re-render. */
  journey: Journey;
  title: string;
  svgRef?: Ref<SVGSVGElement> | undefined;
  /** Steps to emphasise (e.g. the selected one, or deviations found by another analysis). */
  highlightStepIds?: ReadonlySet<string> | undefined;
  onSelectStep?: ((stepId: string) => void) | undefined;
  /** Deviation marks per step (planned vs actual): drawn as a glyph and an outline, not by colour alone. */
  stepMarks?: ReadonlyMap<string, SwimStepMark> | undefined;
  /** Marks on the connector into a step: a handover not in the plan, or a planned one not taken. */
  connectorMarks?: ReadonlyMap<string, SwimConnectorMark> | undefined;
}

export type SwimStepMark = 'skipped' | 'repeated';
export type SwimConnectorMark = 'extra' | 'missing';

/** Glyphs and ink of the deviation marks; the legend of the view that sets them shows the same glyphs. */
export const SWIM_MARKS = {
  skipped: { glyph: '×', ink: '#b3261e' },
  repeated: { glyph: '↻', ink: '#c25e00' },
  extra: { glyph: '+', ink: '#c25e00' },
  missing: { glyph: '−', ink: '#b3261e' },
} as const;

/**
 * The journey as swimlanes: one lane per actor or per department/organisation, the steps left to right
 * in time. Readable however long the journey: every step has its own column, so nothing overlaps.
 * Handovers are drawn as connectors; boundary-crossing ones dashed red, as in the drawing.
 */
export const SwimlaneView = memo(function SwimlaneView({
  journey,
  title,
  svgRef,
  highlightStepIds,
  onSelectStep,
  stepMarks,
  connectorMarks,
}: Props) {
  const { t } = useI18n();
  const ids = useId();
  const [mode, setMode] = useState<LaneMode>('actor');
  const layout = useMemo(() => layoutSwimlanes(journey, mode), [journey, mode]);
  if (layout.cells.length === 0) return <p className="muted">{t('journeys.drawing.empty')}</p>;
  const half = layout.columnWidth / 2 - 4;
  return (
    <div className="journey-swimlanes">
      <fieldset className="journey-lane-mode">
        <legend className="field-label">{t('journeys.lanes.mode')}</legend>
        {(['actor', 'organisation'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name={`${ids}-mode`} checked={mode === m} onChange={() => setMode(m)} />{' '}
            {t(`journeys.lanes.${m}`)}
          </label>
        ))}
      </fieldset>
      {/* Focusable so the wide lanes can be scrolled by keyboard. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="journey-timeline" tabIndex={0} aria-label={t('journeys.lanes.title')}>
        <svg
          ref={svgRef}
          xmlns="http://www.w3.org/2000/svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          role="img"
          aria-labelledby={`${ids}-t ${ids}-d`}
          fontFamily="system-ui, Arial, sans-serif"
          data-testid="journey-swimlanes"
        >
          <title id={`${ids}-t`}>{`${title} – ${t('journeys.lanes.title')}`}</title>
          <desc id={`${ids}-d`}>
            {t('journeys.lanes.desc', { lanes: layout.lanes.length, count: layout.cells.length })}
          </desc>
          <rect width={layout.width} height={layout.height} fill={INK.fill} />
          {layout.lanes.map((lane, i) => (
            <g key={lane.key} data-lane={lane.key}>
              <rect
                x={0}
                y={lane.y}
                width={layout.width}
                height={layout.laneHeight}
                fill={i % 2 ? INK.fill : '#f5f7fa'}
              />
              <text
                x={12}
                y={lane.y + layout.laneHeight / 2 + 4}
                fontSize={13}
                fontWeight={600}
                fill={INK.text}
              >
                {shorten(
                  lane.label ?? t(lane.own ? 'journeys.lanes.ownMunicipality' : 'journeys.lanes.network'),
                  24,
                )}
              </text>
              <text x={12} y={lane.y + layout.laneHeight / 2 + 18} fontSize={10} fill={INK.muted}>
                {t(lane.own ? 'journeys.drawing.own' : 'journeys.drawing.others')}
              </text>
            </g>
          ))}
          {layout.cells.slice(1).map((cell, i) => {
            const prev = layout.cells[i];
            if (!prev) return null;
            const stroke = cell.crossesBoundary ? INK.boundary : cell.isHandover ? INK.handover : INK.line;
            const d = `M${prev.x + half} ${prev.y} H${(prev.x + cell.x) / 2} V${cell.y} H${cell.x - half}`;
            const mark = connectorMarks?.get(cell.stepId);
            return (
              <g key={`c${cell.stepId}`}>
                {mark && (
                  <path
                    d={d}
                    fill="none"
                    stroke={SWIM_MARKS[mark].ink}
                    strokeOpacity={0.5}
                    strokeWidth={8}
                    strokeDasharray={mark === 'missing' ? '10 6' : undefined}
                    data-swim-mark={mark}
                  />
                )}
                <path
                  d={d}
                  fill="none"
                  stroke={stroke}
                  strokeWidth={2}
                  strokeDasharray={cell.crossesBoundary ? '6 3' : cell.isHandover ? undefined : '2 3'}
                />
                {mark && (
                  <text
                    x={(prev.x + cell.x) / 2 + 4}
                    y={(prev.y + cell.y) / 2 + 4}
                    fontSize={14}
                    fontWeight={700}
                    fill={INK.text}
                  >
                    {SWIM_MARKS[mark].glyph}
                  </text>
                )}
              </g>
            );
          })}
          {layout.cells.map((cell) => {
            const lane = layout.lanes[cell.lane];
            const marked = highlightStepIds?.has(cell.stepId) ?? false;
            const mark = stepMarks?.get(cell.stepId);
            return (
              // biome-ignore lint/a11y: pointer shortcut; the step list selects steps by keyboard
              <g key={cell.stepId} data-step={cell.stepId} onClick={() => onSelectStep?.(cell.stepId)}>
                <rect
                  x={cell.x - half}
                  y={cell.y - 14}
                  width={2 * half}
                  height={28}
                  rx={lane?.own ? 14 : 3}
                  fill={marked ? INK.active : lane?.own ? INK.own : INK.fill}
                  stroke={INK.text}
                  strokeWidth={1.5}
                  strokeDasharray={lane?.own ? undefined : '4 2'}
                />
                {mark && (
                  <>
                    <rect
                      x={cell.x - half - 3}
                      y={cell.y - 17}
                      width={2 * half + 6}
                      height={34}
                      rx={4}
                      fill="none"
                      stroke={SWIM_MARKS[mark].ink}
                      strokeWidth={3}
                      strokeDasharray={mark === 'skipped' ? '5 3' : undefined}
                      data-swim-mark={mark}
                    />
                    <text
                      x={cell.x}
                      y={cell.y - 20}
                      textAnchor="middle"
                      fontSize={14}
                      fontWeight={700}
                      fill={INK.text}
                    >
                      {SWIM_MARKS[mark].glyph}
                    </text>
                  </>
                )}
                <text
                  x={cell.x}
                  y={cell.y + 4}
                  textAnchor="middle"
                  fontSize={12}
                  fontWeight={700}
                  fill={INK.text}
                >
                  {cell.number}
                </text>
              </g>
            );
          })}
        </svg>
      </section>
    </div>
  );
});
