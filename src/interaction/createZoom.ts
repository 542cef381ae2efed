import { timeMs } from '../domain/units';
import {
  panView,
  sameView,
  spanOf,
  zoomView,
  type View,
  type ViewBounds,
} from '../layout/viewport';
import { easeOut, wheelFactor } from './wheelFactor';

export interface ZoomOptions {
  bounds: ViewBounds;
  view: View;
  /** Called for every change, from a gesture or an animation step. */
  onView: (view: View) => void;
}

export interface ZoomController {
  update: (options: Pick<ZoomOptions, 'bounds'>) => void;
  /** Take a view the app already has (a link, Back) as the current one, without reporting it. */
  sync: (view: View) => void;
  /** Move to `view`, animated over `durationMs` unless 0, reporting each step. */
  setView: (view: View, durationMs?: number) => void;
  /** Zoom about the window's centre. */
  zoomBy: (factor: number, durationMs?: number) => void;
  destroy: () => void;
}

/** Movement below this many px is still a click, not a drag (as d3-zoom's clickDistance). */
const CLICK_DISTANCE = 4;

/**
 * Pointer gestures on the timeline, turned into Views: wheel and trackpad pinch zoom at the
 * pointer, horizontal scroll and drag pan, two-finger pinch zooms about its midpoint, double-click
 * zooms in (Shift zooms out). React owns the DOM; this only listens and reports.
 *
 * We wrote this instead of using d3-zoom: d3-zoom brings d3-selection, -transition, -interpolate,
 * -color, -drag and -timer, 19.4 KB gzip, a fifth of the app's 100 KB budget, for a 1-D zoom
 * that is this file plus the tested viewport math.
 */
export function createZoom(node: HTMLElement, initial: ZoomOptions): ZoomController {
  let { bounds, view } = initial;
  const { onView } = initial;
  let frame = 0;
  const pointers = new Map<number, number>();
  let dragged = false;
  let downX = 0;

  // Every view we report, by identity: React hands them back (sometimes a frame late, after
  // the animation has moved on), and those echoes must not interrupt anything.
  const reported = new WeakSet<View>();
  const emit = (next: View) => {
    if (sameView(next, view, 0)) return;
    view = next;
    reported.add(next);
    onView(next);
  };
  const stop = () => cancelAnimationFrame(frame);
  const timeAt = (clientX: number) => {
    const rect = node.getBoundingClientRect();
    return timeMs(view.start + ((clientX - rect.left) / rect.width) * spanOf(view));
  };
  const msPerPx = () => spanOf(view) / (node.clientWidth || 1);

  const animate = (target: View, durationMs: number) => {
    stop();
    if (durationMs <= 0) return emit(target);
    const from = view;
    const t0 = performance.now();
    const tick = (now: number) => {
      // rAF's timestamp can be a little before t0: clamp, or the first step goes backwards.
      const t = easeOut(Math.min(Math.max((now - t0) / durationMs, 0), 1));
      emit({
        start: timeMs(from.start + (target.start - from.start) * t),
        end: timeMs(from.end + (target.end - from.end) * t),
      });
      if (t < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
  };

  const onWheel = (e: WheelEvent) => {
    const horizontal = Math.abs(e.deltaX) > Math.abs(e.deltaY) && !e.ctrlKey;
    const next = horizontal
      ? panView(view, e.deltaX * msPerPx(), bounds)
      : zoomView(view, wheelFactor(e.deltaY, e.deltaMode, e.ctrlKey), timeAt(e.clientX), bounds);
    // At a limit the wheel is left to scroll the page, so the timeline never traps it.
    if (sameView(next, view, 0)) return;
    e.preventDefault();
    stop();
    emit(next);
  };

  const onPointerDown = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    pointers.set(e.pointerId, e.clientX);
    if (pointers.size === 1) {
      dragged = false;
      downX = e.clientX;
    }
    stop();
  };

  const onPointerMove = (e: PointerEvent) => {
    const previous = pointers.get(e.pointerId);
    if (previous === undefined) return;
    if (!dragged && Math.abs(e.clientX - downX) < CLICK_DISTANCE && pointers.size === 1) return;
    if (!dragged) {
      dragged = true;
      // Capture only once it's a drag, so a plain click still lands on the event's button.
      node.setPointerCapture?.(e.pointerId);
    }
    pointers.set(e.pointerId, e.clientX);
    if (pointers.size === 1) return emit(panView(view, (previous - e.clientX) * msPerPx(), bounds));
    const other = [...pointers].find(([id]) => id !== e.pointerId)?.[1];
    if (other === undefined) return;
    const before = Math.abs(previous - other);
    const after = Math.abs(e.clientX - other);
    if (before < 1 || after < 1) return;
    emit(zoomView(view, after / before, timeAt((e.clientX + other) / 2), bounds));
  };

  const onPointerUp = (e: PointerEvent) => {
    pointers.delete(e.pointerId);
  };

  // A drag ends with a click on whatever is under the pointer; it must not open an event.
  const onClickCapture = (e: MouseEvent) => {
    if (!dragged) return;
    dragged = false;
    e.stopPropagation();
    e.preventDefault();
  };

  const onDoubleClick = (e: MouseEvent) => {
    if ((e.target as HTMLElement).closest('button')) return;
    animate(zoomView(view, e.shiftKey ? 0.5 : 2, timeAt(e.clientX), bounds), 0);
  };

  node.addEventListener('wheel', onWheel, { passive: false });
  node.addEventListener('pointerdown', onPointerDown);
  node.addEventListener('pointermove', onPointerMove);
  node.addEventListener('pointerup', onPointerUp);
  node.addEventListener('pointercancel', onPointerUp);
  node.addEventListener('click', onClickCapture, true);
  node.addEventListener('dblclick', onDoubleClick);

  return {
    update(next) {
      bounds = next.bounds;
    },
    sync(target) {
      // Only a view from elsewhere (a link, Back) may interrupt an animation in flight.
      if (reported.has(target) || sameView(target, view, 0)) return;
      stop();
      view = target;
    },
    setView(target, durationMs = 0) {
      animate(target, durationMs);
    },
    zoomBy(factor, durationMs = 0) {
      const centre = timeMs((view.start + view.end) / 2);
      animate(zoomView(view, factor, centre, bounds), durationMs);
    },
    destroy() {
      stop();
      node.removeEventListener('wheel', onWheel);
      node.removeEventListener('pointerdown', onPointerDown);
      node.removeEventListener('pointermove', onPointerMove);
      node.removeEventListener('pointerup', onPointerUp);
      node.removeEventListener('pointercancel', onPointerUp);
      node.removeEventListener('click', onClickCapture, true);
      node.removeEventListener('dblclick', onDoubleClick);
    },
  };
}
