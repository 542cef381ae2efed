import { timeMs } from '../domain/units';
import { msPerPx, timeAtPx } from '../layout/timeScale';
import { panView, sameView, spanOf, zoomView, type View } from '../layout/viewport';
import type { ViewStore } from '../state/createViewStore';
import { wheelFactor, wheelPixels } from './wheelFactor';

export interface ZoomController {
  destroy: () => void;
}

/** Movement below this many px is still a click, not a drag (as d3-zoom's clickDistance). */
const CLICK_DISTANCE = 4;
/**
 * How long a wheel gesture that moved the view keeps the wheel after its last event: d3-zoom's
 * wheelDelay. Without it a fast flick that reaches a zoom limit goes on to scroll the page.
 */
export const WHEEL_IDLE_MS = 150;

/**
 * Pointer gestures on the timeline, written into the view store: wheel and trackpad pinch zoom
 * at the pointer, horizontal scroll and drag pan, two fingers pinch and pan together,
 * double-click zooms in (Shift zooms out). React owns the DOM; this only listens. It keeps no
 * window of its own: each event reads the store and writes the next view back.
 *
 * We wrote this instead of using d3-zoom: d3-zoom brings d3-selection, -transition, -interpolate,
 * -color, -drag and -timer, 19.4 KB gzip, for a 1-D zoom that is this file plus the tested
 * viewport math. Its behaviours (wheelDelay, clickDistance, the click after a drag) are kept.
 */
export function createZoom(
  node: HTMLElement,
  store: ViewStore,
  // When each wheel event happened, not when we got round to it: under load a burst that
  // arrived within a few ms can be handled more than WHEEL_IDLE_MS apart.
  timeOf: (e: Event) => number = (e) => e.timeStamp,
): ZoomController {
  const pointers = new Map<number, number>();
  let dragged = false;
  let downX = 0;
  let wheelUntil = -Infinity;
  let suppressClick = false;
  let suppressTimer: ReturnType<typeof setTimeout> | undefined;

  /** The instant under a viewport x. */
  const timeAt = (clientX: number) =>
    timeAtPx(store.getSnapshot().scale, clientX - node.getBoundingClientRect().left);
  // Setting a view stops any glide in flight: a gesture always wins.
  const move = (next: View) => store.setView(next);

  const onWheel = (e: WheelEvent) => {
    const { view, bounds, scale, width } = store.getSnapshot();
    const horizontal = Math.abs(e.deltaX) > Math.abs(e.deltaY) && !e.ctrlKey;
    const next = horizontal
      ? panView(view, wheelPixels(e.deltaX, e.deltaMode, width) * msPerPx(scale), bounds)
      : zoomView(view, wheelFactor(e.deltaY, e.deltaMode, e.ctrlKey), timeAt(e.clientX), bounds);
    const t = timeOf(e);
    // At a limit the wheel is left to scroll the page, so the timeline never traps it; but not
    // in the middle of a gesture that was zooming, or a flick into the limit scrolls the page.
    if (sameView(next, view, 0) && t > wheelUntil) return;
    e.preventDefault();
    wheelUntil = t + WHEEL_IDLE_MS;
    move(next);
  };

  const onPointerDown = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    pointers.set(e.pointerId, e.clientX);
    if (pointers.size === 1) {
      dragged = false;
      downX = e.clientX;
    }
    store.stop();
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
    const { view, bounds, scale } = store.getSnapshot();
    const perPx = msPerPx(scale);
    if (pointers.size === 1) return move(panView(view, (previous - e.clientX) * perPx, bounds));
    const other = [...pointers].find(([id]) => id !== e.pointerId)?.[1];
    if (other === undefined) return;
    // Two fingers: the instant under their old midpoint follows the new midpoint, and the
    // window scales with the distance between them, so a pinch can pan as it zooms.
    const before = Math.abs(previous - other);
    const after = Math.abs(e.clientX - other);
    const midBefore = (previous + other) / 2;
    const midAfter = (e.clientX + other) / 2;
    const zoomed =
      before >= 1 && after >= 1 ? zoomView(view, after / before, timeAt(midBefore), bounds) : view;
    const zoomedPerPx = (perPx * spanOf(zoomed)) / spanOf(view);
    move(panView(zoomed, (midBefore - midAfter) * zoomedPerPx, bounds));
  };

  const onPointerUp = (e: PointerEvent) => {
    if (!pointers.delete(e.pointerId) || pointers.size > 0 || !dragged) return;
    // The click this drag produces comes in the same task as pointerup: swallow that one only
    // (d3-drag does the same), so a later click or Enter still opens what it lands on.
    suppressClick = true;
    clearTimeout(suppressTimer);
    suppressTimer = setTimeout(() => (suppressClick = false), 0);
  };

  const onClickCapture = (e: MouseEvent) => {
    if (!suppressClick || e.detail === 0) return;
    suppressClick = false;
    e.stopPropagation();
    e.preventDefault();
  };

  const onDoubleClick = (e: MouseEvent) => {
    if ((e.target as HTMLElement).closest('button')) return;
    store.zoomBy(e.shiftKey ? 0.5 : 2, 0, timeMs(timeAt(e.clientX)));
  };

  node.addEventListener('wheel', onWheel, { passive: false });
  node.addEventListener('pointerdown', onPointerDown);
  node.addEventListener('pointermove', onPointerMove);
  node.addEventListener('pointerup', onPointerUp);
  node.addEventListener('pointercancel', onPointerUp);
  node.addEventListener('click', onClickCapture, true);
  node.addEventListener('dblclick', onDoubleClick);

  return {
    destroy() {
      clearTimeout(suppressTimer);
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
