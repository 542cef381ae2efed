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
    const columns = indexColumns(
      Float64Array.from(events, (e) => e.start),
      Float64Array.from(events, (e) => e.end),
      Uint8Array.from(events, (e) => (e.isSpan ? 1 : 0)),
    );
    index = indexOf(events, columns);
    cache.set(events, index);
  }
  return index;
}

/** What an index is made of: plain arrays, so a worker can build them and hand them over. */
export interface IndexColumns {
  starts: Float64Array;
  /** A bottom-up segment tree: leaves at [n, 2n), each parent the max of its two children. */
  tree: Float64Array;
  spans: Int32Array;
}

/** The columns of an index over events with these starts (sorted), ends and span flags. */
export function indexColumns(
  starts: Float64Array,
  ends: Float64Array,
  isSpan: ArrayLike<number>,
): IndexColumns {
  const n = starts.length;
  const tree = new Float64Array(2 * n);
  tree.set(ends, n);
  for (let i = n - 1; i > 0; i--) tree[i] = Math.max(tree[2 * i]!, tree[2 * i + 1]!);
  let spanCount = 0;
  for (let i = 0; i < n; i++) spanCount += isSpan[i] ? 1 : 0;
  const spans = new Int32Array(spanCount);
  for (let i = 0, s = 0; i < n; i++) if (isSpan[i]) spans[s++] = i;
  return { starts, tree, spans };
}

/**
 * Take `columns`, made elsewhere (the dataset worker), as the index of `events`: the page then
 * never reads 100,000 events one field at a time to draw them.
 */
export function adoptIndexColumns(events: readonly TimelineEvent[], columns: IndexColumns): void {
  cache.set(events, indexOf(events, columns));
}

function indexOf(
  events: readonly TimelineEvent[],
  { starts, tree, spans }: IndexColumns,
): EventIndex {
  const n = events.length;
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
