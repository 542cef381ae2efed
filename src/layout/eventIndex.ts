import type { TimelineEvent } from '../domain/types';

/**
 * What layout needs to answer "which events are in this window?" without a scan of them all:
 * starts in order for binary search, the spans apart (they can begin long before a window
 * they reach into), and a max-of-ends tree so a cluster's extent over a run of events costs
 * O(log n). Built once per events array (a dataset, a filter result, a lane) and kept with it.
 */
export interface EventIndex {
  readonly events: readonly TimelineEvent[];
  readonly starts: Float64Array;
  /** Indices (into events) of the spans, in start order. */
  readonly spans: Int32Array;
  /** Max of `end` over [i, j), i < j. */
  maxEnd(i: number, j: number): number;
}

const cache = new WeakMap<readonly TimelineEvent[], EventIndex>();

/** The index of `events`, which must be sorted by start; made on first use, then reused. */
export function eventIndex(events: readonly TimelineEvent[]): EventIndex {
  let index = cache.get(events);
  if (!index) {
    index = buildIndex(events);
    cache.set(events, index);
  }
  return index;
}

function buildIndex(events: readonly TimelineEvent[]): EventIndex {
  const n = events.length;
  const starts = new Float64Array(n);
  // A bottom-up segment tree: leaves at [n, 2n), each parent the max of its two children.
  const tree = new Float64Array(2 * n);
  let spanCount = 0;
  events.forEach((event, i) => {
    starts[i] = event.start;
    tree[n + i] = event.end;
    if (event.isSpan) spanCount++;
  });
  const spans = new Int32Array(spanCount);
  let s = 0;
  events.forEach((event, i) => {
    if (event.isSpan) spans[s++] = i;
  });
  for (let i = n - 1; i > 0; i--) tree[i] = Math.max(tree[2 * i]!, tree[2 * i + 1]!);
  const maxEnd = (from: number, to: number) => {
    let best = -Infinity;
    for (let l = from + n, r = to + n; l < r; l >>= 1, r >>= 1) {
      if (l & 1) best = Math.max(best, tree[l++]!);
      if (r & 1) best = Math.max(best, tree[--r]!);
    }
    return best;
  };
  return { events, starts, spans, maxEnd };
}

/** The first i in [lo, hi) with !before(i), for a predicate that is true then false. */
export function partitionPoint(lo: number, hi: number, before: (i: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
