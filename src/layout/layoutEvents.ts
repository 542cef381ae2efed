import { formatPartialDate } from '../domain/formatDate';
import { partialDateAt } from '../domain/partialDate';
import type { TimelineEvent } from '../domain/types';
import { eventIndex, partitionPoint, type EventIndex } from './eventIndex';
import { clusterBuilder } from './clusterBuilder';
import { labelRows } from './labelRows';
import { extraBadgePx } from './markerBadges';
import { msPerPx, viewOf, widthOf, type TimeScale } from './timeScale';

export interface PlacedEvent {
  event: TimelineEvent;
  /** Marker position, or the bar's start (may be < 0 for a span that began earlier). */
  x: number;
  /** The bar's end; equals x for point events. */
  barEnd: number;
  lane: number;
  /** The label sits left of the marker, because there's no room to its right. */
  flip: boolean;
  /** Room for marker and label, px: the label is cut short near the right edge. */
  labelPx: number;
}

export interface Cluster {
  key: string;
  x: number;
  width: number;
  /** How many events it folds. */
  count: number;
  /** Its first member's start and the last end among its members. */
  start: number;
  end: number;
}

export interface EventLayout {
  placed: PlacedEvent[];
  clusters: Cluster[];
}

/** The least width of one cluster bin: room for a "128 events" pill. */
export const CLUSTER_PX = 84;
const LABEL_CHAR_PX = 7.9;
const LABEL_MAX_PX = 240;
/** The initials pin before each label, and its gap. */
const MARKER_PX = 34;
const MIN_CUT_LABEL_PX = 110;
/** Room kept between two labels on one row, and between two cluster pills. */
const GAP_PX = 6;

/** Rough rendered width of an event's label; the CSS clips longer titles at LABEL_MAX_PX. */
export function labelWidth(title: string): number {
  return Math.min(MARKER_PX + title.length * LABEL_CHAR_PX, LABEL_MAX_PX + MARKER_PX);
}

/**
 * A cluster bin's length: a power of two of milliseconds, the smallest at least CLUSTER_PX wide.
 * Bins stay put (and keep their keys) while a zoom stays within one power of two, so a zoom
 * moves the pills instead of making new ones every frame; a key names where its bin begins, so
 * across a power of two every other pill keeps its key too.
 */
export function clusterBinMs(msPerPx: number): number {
  return 2 ** Math.ceil(Math.log2(CLUSTER_PX * msPerPx));
}

/**
 * Lay out the events visible in the scale's window on `maxLanes` rows, greedily in the order
 * their labels begin: each goes to the first row whose last label ends before its own begins.
 * Those that find no row are folded into one cluster per time bin (clusterBinMs, aligned to
 * absolute time so panning doesn't reshuffle them), drawn on a row of their own. Expects
 * `events` sorted by start.
 *
 * The work grows with what is drawn, not with the events. Labels begin in start order except in
 * two strips: left of the window (a span's label waits at the left edge) and near the right
 * edge (where a label may flip to the marker's left). Those are merged in; between them, the
 * window is found by binary search, and once every row is taken the run of events that start
 * before the first row frees up is skipped in one step and counted into its clusters.
 */
export function layoutEvents(
  events: readonly TimelineEvent[],
  scale: TimeScale,
  maxLanes: number,
  previous: readonly PlacedEvent[] = [],
): EventLayout {
  const index = eventIndex(events);
  const { starts, spans } = index;
  const view = viewOf(scale);
  const width = widthOf(scale);
  // A moment just left of the window may still show its label.
  const pxMs = msPerPx(scale);
  const slackMs = LABEL_MAX_PX * pxMs;
  const n = events.length;
  const first = partitionPoint(0, n, (i) => starts[i]! + slackMs < view.start);
  const last = partitionPoint(first, n, (i) => starts[i]! <= view.end);
  const onScreen = partitionPoint(first, last, (i) => scale(starts[i]!) < 0);
  // Only a marker this close to the right edge can have its label flipped.
  const nearEdge = partitionPoint(
    onScreen,
    last,
    (i) => scale(starts[i]!) <= width - MIN_CUT_LABEL_PX,
  );
  const rows = labelRows(maxLanes, GAP_PX);
  const placed: PlacedEvent[] = [];
  // Where each placed label begins, and its event's index: the order to hand them back in.
  const order: { x0: number; i: number; at: number }[] = [];
  const clusters = clusterBuilder(index, view.start, clusterBinMs(pxMs), scale, GAP_PX);

  const candidate = (i: number) => {
    const event = events[i]!;
    const x = scale(event.start);
    const { px, flip } = labelRoom(event, Math.max(x, 0), width);
    // A span's label sticks to the left edge while the span runs on; a moment stays where it
    // happened, even when that is just off screen.
    const x0 = flip ? x - px : event.isSpan ? Math.max(x, 0) : x;
    const x1 = flip ? x : Math.max(scale(event.end), x0 + px);
    return { i, x, x0, x1, px, flip };
  };
  type Candidate = ReturnType<typeof candidate>;
  const draw = ({ i, x, x0, px, flip }: Candidate, lane: number) => {
    const event = events[i]!;
    order.push({ x0, i, at: placed.length });
    placed.push({ event, x, barEnd: scale(event.end), lane, flip, labelPx: px });
  };

  // What the last frame drew keeps its row while it still fits there, before anything else.
  const kept = keepPrevious(
    previous,
    index,
    (i) =>
      i < n &&
      starts[i]! <= view.end &&
      Math.max(starts[i]! + slackMs, events[i]!.end + slackMs) >= view.start,
  )
    .map(({ i, lane }) => ({ lane, c: candidate(i) }))
    .sort((a, b) => a.c.x0 - b.c.x0 || a.c.i - b.c.i)
    .filter(({ lane, c }) => rows.keep(lane, c.x0, c.x1) && (draw(c, lane), true))
    .map(({ c }) => c.i)
    .sort((a, b) => a - b);
  const isKept = new Set(kept);
  // Runs of events that cannot fit go to their clusters, less any kept one among them.
  const fold = (from: number, to: number) => {
    let k = partitionPoint(0, kept.length, (j) => kept[j]! < from);
    for (let i = from; i < to; k++) {
      const stop = k < kept.length && kept[k]! < to ? kept[k]! : to;
      if (stop > i) clusters.add(i, stop);
      i = stop + 1;
    }
  };

  const consider = (c: Candidate) => {
    if (isKept.has(c.i)) return;
    const lane = rows.place(c.x0, c.x1);
    if (lane === -1) clusters.add(c.i, c.i + 1);
    else draw(c, lane);
  };
  // The right-edge strip, in the order its labels begin; merged in before anything later.
  const edge: Candidate[] = [];
  for (let i = nearEdge; i < last; i++) edge.push(candidate(i));
  edge.sort((a, b) => a.x0 - b.x0 || a.i - b.i);
  let e = 0;
  const considerUpTo = (item: Candidate) => {
    while (e < edge.length && edge[e]!.x0 < item.x0) consider(edge[e++]!);
    consider(item);
  };

  // Left of the window: moments where they happened, then spans, whose labels wait at 0.
  const spansLeft: number[] = [];
  const spansBefore = partitionPoint(0, spans.length, (s) => spans[s]! < first);
  for (let s = 0; s < spansBefore; s++) {
    const i = spans[s]!;
    if (events[i]!.end + slackMs >= view.start) spansLeft.push(i);
  }
  for (let i = first; i < onScreen; i++) {
    if (events[i]!.isSpan) spansLeft.push(i);
    else considerUpTo(candidate(i));
  }
  for (const i of spansLeft) considerUpTo(candidate(i));

  for (let i = onScreen; i < nearEdge;) {
    // Every row busy: whatever starts before the first row frees up cannot fit (its label
    // begins at its marker), so skip the run at once.
    const free = rows.freeFrom(scale(starts[i]!));
    if (free > 0) {
      const next = partitionPoint(i, nearEdge, (j) => scale(starts[j]!) < free);
      if (next > i) {
        fold(i, next);
        i = next;
        continue;
      }
    }
    considerUpTo(candidate(i));
    i++;
  }
  while (e < edge.length) consider(edge[e++]!);
  // In the order labels begin, as without kept ones (the first is the first Tab stop); the
  // kept ones came first, so only then is there anything to sort.
  const ordered = kept.length
    ? order.sort((a, b) => a.x0 - b.x0 || a.i - b.i).map(({ at }) => placed[at]!)
    : placed;
  return { placed: ordered, clusters: clusters.done() };
}

/** Where the events drawn last frame are now (by id: a filter makes new objects), and their rows. */
function keepPrevious(
  previous: readonly PlacedEvent[],
  { events, starts }: EventIndex,
  inWindow: (i: number) => boolean,
): { i: number; lane: number }[] {
  const found: { i: number; lane: number }[] = [];
  for (const { event, lane } of previous) {
    let i = partitionPoint(0, events.length, (j) => starts[j]! < event.start);
    while (i < events.length && starts[i] === event.start && events[i]!.id !== event.id) i++;
    if (events[i]?.id === event.id && inWindow(i)) found.push({ i, lane });
  }
  return found;
}

/**
 * How much room an event's label takes and on which side. Near the right edge a label is
 * first cut short, and only flipped to the marker's left when too little of it would show:
 * flipped labels crowd the rows their neighbours need. `x` is the marker, clamped to 0.
 */
export function labelRoom(
  event: Pick<TimelineEvent, 'title' | 'isSpan' | 'people'>,
  x: number,
  width: number,
): { px: number; flip: boolean } {
  const full = labelWidth(event.title) + extraBadgePx(event.people.length);
  const right = width - x;
  if (event.isSpan || right >= full) return { px: full, flip: false };
  if (right >= MIN_CUT_LABEL_PX) return { px: right, flip: false };
  if (x >= full) return { px: full, flip: true };
  // A narrow screen: the label goes on the roomier side, cut to fit it.
  return x > right ? { px: x, flip: true } : { px: Math.max(right, MARKER_PX), flip: false };
}

const yearOf = (t: number) => formatPartialDate(partialDateAt(t, 'year'));

/** A cluster in words: its count, the noun for it, and the years it covers ("2005–2006"). */
export function clusterWords(cluster: Pick<Cluster, 'count' | 'start' | 'end'>) {
  const first = yearOf(cluster.start);
  const last = yearOf(Math.max(cluster.start, cluster.end - 1));
  const { count } = cluster;
  return {
    count,
    noun: count === 1 ? 'event' : 'events',
    years: first === last ? String(first) : `${first}–${last}`,
  };
}

/** "12 events, 2005" or "3 events, 2005–2006": the accessible name and tooltip of a cluster. */
export function describeCluster(cluster: Pick<Cluster, 'count' | 'start' | 'end'>): string {
  const { count, noun, years } = clusterWords(cluster);
  return `${count} ${noun}, ${years}`;
}
