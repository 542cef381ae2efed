import { scaleUtc, type ScaleTime } from 'd3-scale';
import { timeMs, type TimeMs } from '../domain/units';
import type { View } from './viewport';

/** Instants (UTC) to pixels across the visible window: the one time→px map of the page. */
export type TimeScale = ScaleTime<number, number>;

/**
 * The scale for `view` drawn `width` px wide. Layout, axis, gestures and the overview all take
 * this object rather than redoing the arithmetic, so they can never disagree about the width.
 */
export function timeScale(view: View, width: number): TimeScale {
  return scaleUtc()
    .domain([new Date(view.start), new Date(view.end)])
    .range([0, Math.max(width, 1)]);
}

/** The visible window a scale was made for. */
export function viewOf(scale: TimeScale): View {
  const [start, end] = scale.domain();
  return { start: timeMs(start!.getTime()), end: timeMs(end!.getTime()) };
}

/** The scale's width in px. */
export const widthOf = (scale: TimeScale): number => scale.range()[1]!;

/** The instant at `px` from the scale's left edge. */
export const timeAtPx = (scale: TimeScale, px: number): TimeMs =>
  timeMs(scale.invert(px).getTime());

/** How many ms one pixel spans. */
export function msPerPx(scale: TimeScale): number {
  const view = viewOf(scale);
  return (view.end - view.start) / widthOf(scale);
}
