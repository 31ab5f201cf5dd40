import { type PointerEvent, type RefObject, useRef, useState } from 'react';
import type { DragOffset } from './DrawingSvg.tsx';

/** What a pointer press on the drawing meant once released. */
export type DrawingHit =
  | { kind: 'home' }
  | { kind: 'actor'; actorId: string }
  | { kind: 'line'; index: number }
  | { kind: 'drop'; actorId: string; dx: number; dy: number };

/** Movement (in screen pixels) below which a press counts as a click, not a drag. */
const CLICK_SLOP = 4;

/**
 * Pointer handling of the drawing: a press on an actor that moves drags it (shown as an offset until
 * released), a press that does not move is a click on the actor, the home or a line's badge. Screen
 * pixels are converted to drawing units with the SVG's own scale, so dragging works when zoomed.
 */
export function usePointerEdit(
  svg: RefObject<SVGSVGElement | null>,
  onHit: (hit: DrawingHit) => void,
  /** False on a read-only drawing: actors are neither dragged nor is the pointer captured; badges still select. */
  editable = true,
) {
  const start = useRef<{ x: number; y: number; target: Element; actorId: string | null } | null>(null);
  const [drag, setDragState] = useState<DragOffset | null>(null);
  // The latest offset also in a ref: pointermove renders are not flushed before pointerup runs, so the
  // state seen by the pointerup handler can still be null after a real drag.
  const dragRef = useRef<DragOffset | null>(null);
  const setDrag = (next: DragOffset | null) => {
    dragRef.current = next;
    setDragState(next);
  };
  const scale = () => {
    const element = svg.current;
    if (!element) return 1;
    const box = element.getBoundingClientRect();
    return box.width > 0 ? element.viewBox.baseVal.width / box.width : 1;
  };
  const onPointerDown = (event: PointerEvent) => {
    const target = event.target as Element;
    const actorId = editable ? (target.closest('[data-actor]')?.getAttribute('data-actor') ?? null) : null;
    start.current = { x: event.clientX, y: event.clientY, target, actorId };
    if (actorId) (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent) => {
    const from = start.current;
    if (!from?.actorId) return;
    const dx = event.clientX - from.x;
    const dy = event.clientY - from.y;
    if (!dragRef.current && Math.hypot(dx, dy) < CLICK_SLOP) return;
    const k = scale();
    setDrag({ actorId: from.actorId, dx: dx * k, dy: dy * k });
  };
  const onPointerUp = () => {
    const from = start.current;
    start.current = null;
    const dropped = dragRef.current;
    if (dropped) {
      setDrag(null);
      onHit({ kind: 'drop', actorId: dropped.actorId, dx: dropped.dx, dy: dropped.dy });
      return;
    }
    if (!from) return;
    if (from.actorId) return onHit({ kind: 'actor', actorId: from.actorId });
    const line = from.target.closest('[data-line]')?.getAttribute('data-line');
    if (line !== null && line !== undefined) return onHit({ kind: 'line', index: Number(line) });
    if (from.target.closest('[data-home]')) onHit({ kind: 'home' });
  };
  const onPointerCancel = () => {
    start.current = null;
    setDrag(null);
  };
  return { drag, handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel } };
}
