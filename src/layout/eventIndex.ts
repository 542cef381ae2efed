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
    index = buildIndex(
      events,
      Float64Array.from(events, (e) => e.start),
      Float64Array.from(events, (e) => e.end),
      (i) => events[i]!.isSpan,
    );
    cache.set(events, index);
  }
  return index;
}

/**
 * Make the index of `events` from columns that already hold their starts and ends (a dataset
 * from the worker), without reading 100,000 events one field at a time. `starts` is kept.
 */
export function indexEventColumns(
  events: readonly TimelineEvent[],
  starts: Float64Array,
  ends: Float64Array,
  isSpan: (i: number) => boolean,
): void {
  cache.set(events, buildIndex(events, starts, ends, isSpan));
}

function buildIndex(
  events: readonly TimelineEvent[],
  starts: Float64Array,
  ends: Float64Array,
  isSpan: (i: number) => boolean,
): EventIndex {
  const n = events.length;
  // A bottom-up segment tree: leaves at [n, 2n), each parent the max of its two children.
  const tree = new Float64Array(2 * n);
  tree.set(ends, n);
  const spanList: number[] = [];
  for (let i = 0; i < n; i++) if (isSpan(i)) spanList.push(i);
  const spans = Int32Array.from(spanList);
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
