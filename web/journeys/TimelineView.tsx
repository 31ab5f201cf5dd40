import { memo, type Ref, useId, useMemo } from 'react';
import { type Journey, layoutTimeline } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { INK } from './DrawingShapes.tsx';
import { shorten } from './format.ts';
import { useStructural } from './useStructural.ts';

const OPTIONS = { columnWidth: 96, laneHeight: 44, emotionHeight: 96, stageHeight: 34, labelWidth: 170 };

/**
 * The classic horizontal journey map from `layoutTimeline`: stage bands, the emotion curve, one lane
 * per actor with the channel in each step, handovers as connectors and pain points as red marks.
 */
export function TimelineView({ journey, svgRef }: { journey: Journey; svgRef?: Ref<SVGSVGElement> }) {
  return <TimelineBody journey={useStructural(journey)} svgRef={svgRef} />;
}

/** Memoised on the journey's structure: descriptions are not drawn here, so typing skips this. */
const TimelineBody = memo(function TimelineBody({
  journey,
  svgRef,
}: {
  journey: Journey;
  svgRef?: Ref<SVGSVGElement> | undefined;
}) {
  const { t } = useI18n();
  const ids = useId();
  const layout = useMemo(() => layoutTimeline(journey, OPTIONS), [journey]);
  if (journey.steps.length === 0) return <p className="muted">{t('journeys.drawing.empty')}</p>;
  const stageName = (id: string | null) =>
    id === null ? t('journeys.timeline.noStage') : (journey.stages.find((s) => s.id === id)?.name ?? id);
  const emotionPath = layout.emotion.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
  const mid = (layout.emotionBand.top + layout.emotionBand.bottom) / 2;
  return (
    <section
      className="journey-timeline"
      data-testid="journey-timeline"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it
      tabIndex={0}
      aria-label={t('journeys.timeline.title')}
    >
      <svg
        ref={svgRef}
        xmlns="http://www.w3.org/2000/svg"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={`${ids}-t ${ids}-d`}
        fontFamily="system-ui, Arial, sans-serif"
      >
        <title id={`${ids}-t`}>{t('journeys.timeline.title')}</title>
        <desc id={`${ids}-d`}>{t('journeys.timeline.desc')}</desc>
        <rect width={layout.width} height={layout.height} fill={INK.fill} />
        {layout.stages.map((band, i) => (
          <g key={`${band.stageId}-${band.firstColumn}`}>
            <rect
              x={band.x}
              y={2}
              width={band.width - 2}
              height={OPTIONS.stageHeight - 6}
              fill={i % 2 ? '#f5f7f9' : INK.tint}
            />
            <text x={band.x + 6} y={22} fontSize={12} fontWeight={700} fill={INK.text}>
              {shorten(stageName(band.stageId), Math.max(4, Math.floor(band.width / 8)))}
            </text>
          </g>
        ))}
        <text x={8} y={mid + 4} fontSize={12} fontWeight={700} fill={INK.text}>
          {t('journeys.timeline.emotion')}
        </text>
        <line
          x1={OPTIONS.labelWidth}
          x2={layout.width}
          y1={mid}
          y2={mid}
          stroke={INK.muted}
          strokeDasharray="2 4"
        />
        {emotionPath && <path d={emotionPath} fill="none" stroke={INK.handover} strokeWidth={2.5} />}
        {layout.emotion.map((p) => (
          <circle key={p.stepId} cx={p.x} cy={p.y} r={4} fill={p.value < 0 ? INK.boundary : INK.handover} />
        ))}
        {layout.lanes.map((lane) => (
          <g key={lane.actorId}>
            <line x1={0} x2={layout.width} y1={lane.y} y2={lane.y} stroke="#d3d9df" />
            <text x={8} y={lane.y + lane.height / 2 + 4} fontSize={12} fill={INK.text}>
              {shorten(lane.label, 24)}
            </text>
          </g>
        ))}
        {layout.cells.map((cell, i) => {
          const previous = layout.cells[i - 1];
          if (!cell.isHandover || !previous) return null;
          return (
            <line
              key={`h-${cell.stepId}`}
              x1={previous.x}
              y1={previous.y}
              x2={cell.x}
              y2={cell.y}
              stroke={cell.crossesBoundary ? INK.boundary : INK.handover}
              strokeWidth={2}
              strokeDasharray={cell.crossesBoundary ? '6 3' : undefined}
            />
          );
        })}
        {layout.cells.map((cell) => {
          const step = journey.steps[cell.column];
          return (
            <g key={cell.stepId}>
              <circle cx={cell.x} cy={cell.y} r={12} fill={INK.fill} stroke={INK.text} strokeWidth={2} />
              <text
                x={cell.x}
                y={cell.y + 4}
                textAnchor="middle"
                fontSize={11}
                fontWeight={700}
                fill={INK.text}
              >
                {step ? t(`journeys.channelMark.${step.channel}`) : ''}
              </text>
              {step && step.painPoints.length > 0 && (
                <path
                  d={`M${cell.x - 7} ${layout.emotionBand.bottom + 12} h14 l-7 -12 Z`}
                  fill={INK.boundary}
                >
                  <title>{step.painPoints.join('; ')}</title>
                </path>
              )}
              <title>{`${cell.column + 1}. ${t(`journeys.channel.${step?.channel ?? 'in_person'}`)}`}</title>
            </g>
          );
        })}
      </svg>
      <p className="field-hint">{t('journeys.timeline.channelLegend')}</p>
    </section>
  );
});
