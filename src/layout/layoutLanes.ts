import type { TimelineEvent } from '../domain/types';
import type { Lane } from './assignLanes';
import { layoutEvents, type Cluster, type EventLayout, type PlacedEvent } from './layoutEvents';
import type { TimeScale } from './timeScale';

export const AXIS_PX = 50;
export const ROW_PX = 34;
/** Rows of events in the one shared lane; a labelled lane gets fewer, to stay on screen. */
const SHARED_ROWS = 8;
const LANE_ROWS = 3;
const MAX_LANE_ROWS = 5;
const LABEL_PX = 20;

/** A drawn item: its lane's id in its key, since one event may be drawn in several lanes. */
type InLane<T> = T & { key: string; top: number };

export interface LaneBand {
  id: string;
  label: string;
  person?: string;
  top: number;
  height: number;
  placed: InLane<PlacedEvent>[];
  clusters: InLane<Cluster>[];
}

export interface LanesLayout {
  bands: LaneBand[];
  height: number;
}

/**
 * Stack the lanes top to bottom under the axis, each laid out on its own by layoutEvents (so
 * each lane packs and clusters alone) with a label row above it when it has a label. Given the
 * layout drawn last, each lane keeps what it drew where it still fits (see layoutEvents).
 * Without a scale (the width is not known yet) the lanes are stacked empty: their heights never
 * depend on the width, and markers laid out for a guessed one would all be replaced unseen.
 *
 * Lanes named in `keep` are handed back from `previous` as they were (the very band, laid out
 * for its window), for lanes off screen while the window moves. `previous` must then be of the
 * same lanes; a kept lane it lacks, or that sits elsewhere, is laid out anew.
 */
export function layoutLanes(
  lanes: readonly Lane<TimelineEvent>[],
  scale: TimeScale | undefined,
  previous?: LanesLayout,
  keep: ReadonlySet<string> = new Set(),
): LanesLayout {
  const bands: LaneBand[] = [];
  const before = new Map(previous?.bands.map((band) => [band.id, band]));
  let top = AXIS_PX;
  for (const { id, label, person, events } of lanes) {
    const kept = keep.has(id) ? before.get(id) : undefined;
    if (kept?.top === top) {
      bands.push(kept);
      top += kept.height;
      continue;
    }
    // A lane is as tall as its events could ever need, and no taller, so heights stay put while
    // the window pans: a cluster row only where there are more events than rows.
    const rows = label ? laneRows(events) : SHARED_ROWS;
    const clusterRow = !label || events.length > rows ? 1 : 0;
    const inner = top + (label ? LABEL_PX : 0);
    const layout = scale
      ? layoutEvents(events, scale, rows, before.get(id)?.placed)
      : NOTHING_DRAWN;
    const height = inner - top + (rows + clusterRow) * ROW_PX;
    bands.push({
      id,
      label,
      person,
      top,
      height,
      placed: layout.placed.map((p) => ({
        ...p,
        key: `${id}:${p.event.id}`,
        top: inner + p.lane * ROW_PX,
      })),
      clusters: layout.clusters.map((c) => ({
        ...c,
        key: `${id}:${c.key}`,
        top: inner + rows * ROW_PX,
      })),
    });
    top += height;
  }
  return { bands, height: top + 8 };
}

const NOTHING_DRAWN: EventLayout = { placed: [], clusters: [] };

/**
 * layoutLanes with a memory: each call is given the layout the one before it made, and `keep`
 * when it was made from the same lanes. Made once per timeline. The memory is only a hint, so
 * a render React throws away does no harm: any hint gives a valid layout (every event in the
 * window drawn once, as a marker or in a cluster).
 */
export function stickyLanesLayout() {
  let last:
    { lanes: readonly Lane<TimelineEvent>[]; drawn: boolean; layout: LanesLayout } | undefined;
  return (
    lanes: readonly Lane<TimelineEvent>[],
    scale: TimeScale | undefined,
    keep?: ReadonlySet<string>,
  ): LanesLayout => {
    // Only bands of these very lanes may be kept (a filter gives lanes new events), and only
    // once they were drawn at all (before the width is known they are empty).
    const same = last?.lanes === lanes && last.drawn;
    const layout = layoutLanes(lanes, scale, last?.layout, same ? keep : undefined);
    last = { lanes, drawn: scale !== undefined, layout };
    return layout;
  };
}

/**
 * Rows for a labelled lane: enough for its events at their most crowded instant (so zooming in
 * all the way draws every one of them and arrow keys can reach it), at least a few where it has
 * the events to fill them, at most MAX_LANE_ROWS.
 */
function laneRows(events: readonly TimelineEvent[]): number {
  let rows = rowsCache.get(events);
  if (rows === undefined) {
    rows = rowsFor(events);
    rowsCache.set(events, rows);
  }
  return rows;
}

// A lane's rows depend on its events only, and layout runs every frame of a zoom.
const rowsCache = new WeakMap<readonly TimelineEvent[], number>();

function rowsFor(events: readonly TimelineEvent[]): number {
  return Math.min(
    Math.max(peakOverlap(events), Math.min(events.length, LANE_ROWS), 1),
    MAX_LANE_ROWS,
  );
}

/** The most events that share one instant, spans counted from start to end inclusive. */
export function peakOverlap(events: readonly { start: number; end: number }[]): number {
  const starts = events.map((e) => e.start).sort((a, b) => a - b);
  const ends = events.map((e) => e.end).sort((a, b) => a - b);
  let peak = 0;
  let ended = 0;
  // At each start t: events begun by t (up to the last equal start) minus those ended before t.
  for (let i = 0; i < starts.length; i++) {
    const t = starts[i]!;
    if (starts[i + 1] === t) continue;
    while (ends[ended]! < t) ended++;
    peak = Math.max(peak, i + 1 - ended);
  }
  return peak;
}
