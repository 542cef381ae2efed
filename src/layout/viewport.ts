import { DAY_MS, timeMs, type TimeMs } from '../domain/units';

/** The visible time window: the one viewport type every layer shares. */
export interface View {
  start: TimeMs;
  end: TimeMs;
}

/** What a view may be: inside `outer` (the dataset's range plus a margin), never narrower than `minSpan`. */
export interface ViewBounds {
  outer: View;
  minSpan: number;
}

/** About two weeks: the closest anyone needs to read a day-precision event. */
export const MIN_SPAN_MS = 14 * DAY_MS;
/** Room either side of the dataset's range so edge markers and labels aren't cut off. */
const MARGIN_FRACTION = 0.03;

export function boundsForRange(start: TimeMs, end: TimeMs): ViewBounds {
  const margin = (end - start) * MARGIN_FRACTION;
  return {
    outer: { start: timeMs(start - margin), end: timeMs(end + margin) },
    minSpan: Math.min(MIN_SPAN_MS, end - start),
  };
}

export const spanOf = (view: View) => view.end - view.start;

/** The nearest allowed view: span limited to [minSpan, outer], then slid back inside. */
export function clampView(view: View, bounds: ViewBounds): View {
  const outerSpan = spanOf(bounds.outer);
  const span = Math.min(Math.max(spanOf(view), bounds.minSpan), outerSpan);
  const centre = (view.start + view.end) / 2;
  let start = centre - span / 2;
  start = Math.max(bounds.outer.start, Math.min(start, bounds.outer.end - span));
  return { start: timeMs(start), end: timeMs(start + span) };
}

/** Zoom by `factor` (>1 zooms in) keeping the instant `anchor` where it is on screen. */
export function zoomView(view: View, factor: number, anchor: TimeMs, bounds: ViewBounds): View {
  const fraction = (anchor - view.start) / spanOf(view);
  const outerSpan = spanOf(bounds.outer);
  const span = Math.min(Math.max(spanOf(view) / factor, bounds.minSpan), outerSpan);
  const start = anchor - fraction * span;
  return clampView({ start: timeMs(start), end: timeMs(start + span) }, bounds);
}

export function panView(view: View, deltaMs: number, bounds: ViewBounds): View {
  return clampView(
    { start: timeMs(view.start + deltaMs), end: timeMs(view.end + deltaMs) },
    bounds,
  );
}

/** A view showing [start, end] with some air around it, e.g. a cluster's members. */
export function fitView(start: TimeMs, end: TimeMs, bounds: ViewBounds): View {
  const span = Math.max(end - start, bounds.minSpan);
  const pad = span * 0.15;
  const centre = (start + end) / 2;
  return clampView(
    { start: timeMs(centre - span / 2 - pad), end: timeMs(centre + span / 2 + pad) },
    bounds,
  );
}

export const canZoomIn = (view: View, bounds: ViewBounds) => spanOf(view) > bounds.minSpan + 1;
export const canZoomOut = (view: View, bounds: ViewBounds) =>
  spanOf(view) < spanOf(bounds.outer) - 1;

export function sameView(a: View, b: View, toleranceMs = 1): boolean {
  return Math.abs(a.start - b.start) <= toleranceMs && Math.abs(a.end - b.end) <= toleranceMs;
}

/**
 * The view that shows an event starting at `start` (ending at `end`): `view` itself when the
 * start is already in it, else centred on the event at the same zoom (wider for a long span).
 */
export function viewShowing(start: TimeMs, end: TimeMs, view: View, bounds: ViewBounds): View {
  if (start >= view.start && start <= view.end) return view;
  const half = Math.max(spanOf(view), end - start) / 2;
  const centre = (start + Math.max(end, start)) / 2;
  return clampView({ start: timeMs(centre - half), end: timeMs(centre + half) }, bounds);
}
