import { partitionPoint } from './eventIndex';
import type { TimeScale } from './timeScale';

/**
 * How many events start in each `binPx`-wide column of the overview, left to right, for the
 * whole-range `scale`, from their `starts` in ascending order (an EventIndex's). Each event
 * counts once, where it starts (clamped into the strip), so the bars add up to the number of
 * events shown. A binary search per non-empty bin: 100,000 events cost a few thousand steps.
 */
export function densityBins(starts: ArrayLike<number>, scale: TimeScale, binPx: number): number[] {
  const width = scale.range()[1]!;
  const count = Math.max(Math.ceil(width / binPx), 1);
  const binOf = (time: number) => Math.min(Math.max(Math.floor(scale(time) / binPx), 0), count - 1);
  const bins = new Array<number>(count).fill(0);
  for (let from = 0; from < starts.length;) {
    const bin = binOf(starts[from]!);
    const to = partitionPoint(from + 1, starts.length, (i) => binOf(starts[i]!) <= bin);
    bins[bin]! += to - from;
    from = to;
  }
  return bins;
}

/**
 * The bins as one SVG path of bars `binPx` wide, the tallest `height` px: one element for the
 * whole histogram, however many bins. Heights are square-root scaled so one lone event still
 * shows beside a crowded year.
 */
export function histogramPath(bins: readonly number[], binPx: number, height: number): string {
  const top = Math.sqrt(Math.max(...bins, 1));
  let path = '';
  bins.forEach((n, i) => {
    if (n === 0) return;
    const h = Math.max((Math.sqrt(n) / top) * height, 2);
    path += `M${i * binPx},${height}h${binPx - 1}v${-h.toFixed(1)}h${1 - binPx}z`;
  });
  return path;
}
