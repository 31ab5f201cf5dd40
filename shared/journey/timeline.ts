import { actorLabel } from './actor.ts';
import { analyseContacts } from './contacts.ts';
import type { Journey } from './journey.ts';
import { EMOTION_MAX, EMOTION_MIN } from './step.ts';

/** One step's cell: column = position in the journey, lane = its actor. */
export interface TimelineCell {
  stepId: string;
  column: number;
  lane: number;
  x: number;
  y: number;
  isHandover: boolean;
  crossesBoundary: boolean;
}

/** A run of consecutive steps in one stage (a stage can appear more than once if steps interleave). */
export interface TimelineStageBand {
  stageId: string | null;
  firstColumn: number;
  lastColumn: number;
  x: number;
  width: number;
}

export interface TimelineLane {
  actorId: string;
  label: string;
  sublabel: string | null;
  y: number;
  height: number;
}

export interface EmotionPoint {
  stepId: string;
  value: number;
  x: number;
  y: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  stages: TimelineStageBand[];
  lanes: TimelineLane[];
  cells: TimelineCell[];
  /** Only steps that have an emotion; the UI draws a line through them (gaps are skipped). */
  emotion: EmotionPoint[];
  /** Vertical extent of the emotion band: `top` is +2, `bottom` is −2. */
  emotionBand: { top: number; bottom: number };
}

export interface TimelineOptions {
  labelWidth: number;
  columnWidth: number;
  stageHeight: number;
  laneHeight: number;
  emotionHeight: number;
}

export const DEFAULT_TIMELINE_OPTIONS: TimelineOptions = {
  labelWidth: 180,
  columnWidth: 120,
  stageHeight: 40,
  laneHeight: 64,
  emotionHeight: 120,
};

/**
 * Geometry of the classic horizontal journey map: stage bands on top, then the emotion curve, then one
 * lane per actor in the order met (unused actors last). Cell and point coordinates are centres.
 */
export function layoutTimeline(journey: Journey, options: Partial<TimelineOptions> = {}): TimelineLayout {
  const o = { ...DEFAULT_TIMELINE_OPTIONS, ...options };
  const contacts = analyseContacts(journey);
  const laneOf = new Map<string, number>();
  for (const contact of contacts) if (!laneOf.has(contact.actorId)) laneOf.set(contact.actorId, laneOf.size);
  for (const actor of journey.actors) if (!laneOf.has(actor.id)) laneOf.set(actor.id, laneOf.size);
  const emotionTop = o.stageHeight;
  const lanesTop = emotionTop + o.emotionHeight;
  const columnX = (column: number) => o.labelWidth + column * o.columnWidth + o.columnWidth / 2;
  const laneY = (lane: number) => lanesTop + lane * o.laneHeight + o.laneHeight / 2;

  const byId = new Map(journey.actors.map((actor) => [actor.id, actor]));
  const lanes = [...laneOf].map(([actorId, lane]): TimelineLane => {
    const actor = byId.get(actorId);
    const text = actor ? actorLabel(actor) : { label: actorId, sublabel: null };
    return { actorId, ...text, y: lanesTop + lane * o.laneHeight, height: o.laneHeight };
  });

  const cells = contacts.map(
    (contact): TimelineCell => ({
      stepId: contact.stepId,
      column: contact.index,
      lane: laneOf.get(contact.actorId) ?? 0,
      x: columnX(contact.index),
      y: laneY(laneOf.get(contact.actorId) ?? 0),
      isHandover: contact.isHandover,
      crossesBoundary: contact.crossesDepartment || contact.crossesOrganisation,
    }),
  );

  const stages: TimelineStageBand[] = [];
  journey.steps.forEach((step, column) => {
    const stageId = step.stageId ?? null;
    const last = stages.at(-1);
    if (last && last.stageId === stageId) {
      last.lastColumn = column;
      last.width += o.columnWidth;
    } else {
      const x = o.labelWidth + column * o.columnWidth;
      stages.push({ stageId, firstColumn: column, lastColumn: column, x, width: o.columnWidth });
    }
  });

  const span = EMOTION_MAX - EMOTION_MIN;
  const padding = o.emotionHeight * 0.1;
  const emotion = journey.steps.flatMap((step, column): EmotionPoint[] => {
    if (step.emotion === undefined) return [];
    const share = (EMOTION_MAX - step.emotion) / span;
    return [
      {
        stepId: step.id,
        value: step.emotion,
        x: columnX(column),
        y: emotionTop + padding + share * (o.emotionHeight - 2 * padding),
      },
    ];
  });

  return {
    width: o.labelWidth + journey.steps.length * o.columnWidth,
    height: lanesTop + laneOf.size * o.laneHeight,
    stages,
    lanes,
    cells,
    emotion,
    emotionBand: { top: emotionTop + padding, bottom: emotionTop + o.emotionHeight - padding },
  };
}
