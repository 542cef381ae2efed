import { formatPartialDate } from '../domain/formatDate';
import { partialDateAt } from '../domain/partialDate';
import type { TimelineEvent } from '../domain/types';
import { extraBadgePx } from './markerBadges';
import { packLanes, type Extent } from './packLanes';
import { msPerPx, viewOf, widthOf, type TimeScale } from './timeScale';
import type { View } from './viewport';

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
  members: TimelineEvent[];
  start: number;
  end: number;
}

export interface EventLayout {
  placed: PlacedEvent[];
  clusters: Cluster[];
}

/** Width of one cluster bin: room for a "128 events" pill. */
export const CLUSTER_PX = 84;
const LABEL_CHAR_PX = 7.9;
const LABEL_MAX_PX = 240;
/** The initials pin before each label, and its gap. */
const MARKER_PX = 34;
const MIN_CUT_LABEL_PX = 110;

/** Rough rendered width of an event's label; the CSS clips longer titles at LABEL_MAX_PX. */
export function labelWidth(title: string): number {
  return Math.min(MARKER_PX + title.length * LABEL_CHAR_PX, LABEL_MAX_PX + MARKER_PX);
}

/**
 * Lay out the events visible in the scale's window on `maxLanes` lanes, as many as fit, in time
 * order. The events that find no lane are folded into one cluster per time bin (CLUSTER_PX
 * wide, aligned to absolute time so panning doesn't reshuffle them), drawn on a row of their
 * own. Expects `events` sorted by start.
 */
export function layoutEvents(
  events: readonly TimelineEvent[],
  scale: TimeScale,
  maxLanes: number,
): EventLayout {
  const view = viewOf(scale);
  const width = widthOf(scale);
  const pxPerMs = 1 / msPerPx(scale);
  const toX = (t: number) => scale(t);
  const slackMs = LABEL_MAX_PX / pxPerMs;
  const visible = events.filter((e) => e.start <= view.end && e.end + slackMs >= view.start);
  // Near the right edge a label is first cut short, and only flipped to the marker's left when
  // too little of it would show: flipped labels crowd the lanes their neighbours need.
  const labels = visible.map((e) => {
    const full = labelWidth(e.title) + extraBadgePx(e.people.length);
    const x = Math.max(toX(e.start), 0);
    const right = width - x;
    if (e.isSpan || right >= full) return { px: full, flip: false };
    if (right >= MIN_CUT_LABEL_PX) return { px: right, flip: false };
    if (x >= full) return { px: full, flip: true };
    // A narrow screen: the label goes on the roomier side, cut to fit it.
    return x > right ? { px: x, flip: true } : { px: Math.max(right, MARKER_PX), flip: false };
  });
  const extents: Extent[] = visible.map((e, i) => {
    const x = toX(e.start);
    const label = labels[i]!;
    if (label.flip) return { x0: x - label.px, x1: x };
    // A span's label sticks to the left edge while the span runs on; a moment stays where it
    // happened, even when that is just off screen.
    const labelX = e.isSpan ? Math.max(x, 0) : x;
    return { x0: labelX, x1: Math.max(toX(e.end), labelX + label.px) };
  });

  const lanes = packLanes(extents, maxLanes);
  const placed: PlacedEvent[] = [];
  const overflow: TimelineEvent[] = [];
  visible.forEach((event, i) => {
    const lane = lanes[i]!;
    if (lane === -1) return overflow.push(event);
    const label = labels[i]!;
    placed.push({
      event,
      x: toX(event.start),
      barEnd: toX(event.end),
      lane,
      flip: label.flip,
      labelPx: label.px,
    });
  });
  return {
    placed,
    clusters: buildClusters(overflow, CLUSTER_PX / pxPerMs, view, toX),
  };
}

/** Fold the events that found no lane into one cluster per time bin, in time order. */
function buildClusters(
  overflow: TimelineEvent[],
  binMs: number,
  view: View,
  toX: (t: number) => number,
): Cluster[] {
  const byBin = new Map<number, TimelineEvent[]>();
  for (const event of overflow) {
    const bin = Math.floor(Math.max(event.start, view.start) / binMs);
    const members = byBin.get(bin);
    if (members) members.push(event);
    else byBin.set(bin, [event]);
  }
  return [...byBin.entries()]
    .sort(([a], [b]) => a - b)
    .map(([bin, members]) => ({
      key: `cluster-${bin}`,
      x: toX(bin * binMs),
      width: CLUSTER_PX - 6,
      members,
      start: Math.min(...members.map((e) => e.start)),
      end: Math.max(...members.map((e) => e.end)),
    }));
}

const yearOf = (t: number) => formatPartialDate(partialDateAt(t, 'year'));

/** A cluster in words: its count, the noun for it, and the years it covers ("2005–2006"). */
export function clusterWords(cluster: Pick<Cluster, 'members' | 'start' | 'end'>) {
  const first = yearOf(cluster.start);
  const last = yearOf(Math.max(cluster.start, cluster.end - 1));
  const count = cluster.members.length;
  return {
    count,
    noun: count === 1 ? 'event' : 'events',
    years: first === last ? String(first) : `${first}–${last}`,
  };
}

/** "12 events, 2005" or "3 events, 2005–2006": the accessible name and tooltip of a cluster. */
export function describeCluster(cluster: Pick<Cluster, 'members' | 'start' | 'end'>): string {
  const { count, noun, years } = clusterWords(cluster);
  return `${count} ${noun}, ${years}`;
}
