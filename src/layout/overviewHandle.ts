import { timeMs, type TimeMs } from '../domain/units';
import { msPerPx, timeAtPx, type TimeScale } from './timeScale';
import { clampView, panView, spanOf, zoomView, type View, type ViewBounds } from './viewport';

/** The visible window drawn on the overview: its left and right edges, px. */
export interface Handle {
  left: number;
  right: number;
}

/** Which part of the handle a drag took: its body pans, an edge zooms. */
export type HandlePart = 'move' | 'start' | 'end';

/** Window → handle, on the overview's whole-range scale. */
export const handleOf = (view: View, scale: TimeScale): Handle => ({
  left: scale(view.start),
  right: scale(view.end),
});

/** Handle → window: the inverse of handleOf. */
export const viewOfHandle = (handle: Handle, scale: TimeScale): View => ({
  start: timeAtPx(scale, handle.left),
  end: timeAtPx(scale, handle.right),
});

/**
 * The window after dragging `part` of the handle `dx` px from where it stood at `from`. Edges
 * never cross: an edge dragged past the other stops at the narrowest window allowed.
 */
export function dragHandle(
  from: View,
  part: HandlePart,
  dx: number,
  scale: TimeScale,
  bounds: ViewBounds,
): View {
  if (part === 'move') return panView(from, dx * msPerPx(scale), bounds);
  const handle = handleOf(from, scale);
  const moved = viewOfHandle(
    part === 'start'
      ? { ...handle, left: handle.left + dx }
      : { ...handle, right: handle.right + dx },
    scale,
  );
  const { outer, minSpan } = bounds;
  if (part === 'start') {
    const start = Math.max(Math.min(moved.start, from.end - minSpan), outer.start);
    return clampView({ start: timeMs(start), end: from.end }, bounds);
  }
  const end = Math.min(Math.max(moved.end, from.start + minSpan), outer.end);
  return clampView({ start: from.start, end: timeMs(end) }, bounds);
}

/** Clicking the strip: the window, at its size, centred on the instant clicked. */
export function centreOn(view: View, at: TimeMs, bounds: ViewBounds): View {
  const half = spanOf(view) / 2;
  return clampView({ start: timeMs(at - half), end: timeMs(at + half) }, bounds);
}

/** An arrow moves the window a tenth of itself; with Shift (or Page keys), a whole window. */
const KEY_STEP = 0.1;

/** The window a key on the slider asks for, or null when the key is not the slider's. */
export function sliderKey(key: string, shift: boolean, view: View, bounds: ViewBounds) {
  const step = spanOf(view) * (shift ? 1 : KEY_STEP);
  const centre = timeMs((view.start + view.end) / 2);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return panView(view, step, bounds);
    case 'ArrowLeft':
    case 'ArrowDown':
      return panView(view, -step, bounds);
    case 'PageUp':
      return panView(view, spanOf(view), bounds);
    case 'PageDown':
      return panView(view, -spanOf(view), bounds);
    case 'Home':
      return panView(view, bounds.outer.start - view.start, bounds);
    case 'End':
      return panView(view, bounds.outer.end - view.end, bounds);
    case '+':
    case '=':
      return zoomView(view, 2, centre, bounds);
    case '-':
      return zoomView(view, 0.5, centre, bounds);
    default:
      return null;
  }
}

/** aria-valuenow: where the window's centre stands, in percent of the whole range. */
export function sliderPercent(view: View, bounds: ViewBounds): number {
  const centre = (view.start + view.end) / 2;
  return Math.round(((centre - bounds.outer.start) / spanOf(bounds.outer)) * 1000) / 10;
}
