import type { TimelineEvent } from '../domain/types';
import type { Lane } from './assignLanes';
import { layoutEvents, type Cluster, type PlacedEvent } from './layoutEvents';
import type { TimeScale } from './timeScale';

export const AXIS_PX = 50;
export const ROW_PX = 34;
/** Rows of events in the one shared lane; a labelled lane gets fewer, to stay on screen. */
const SHARED_ROWS = 8;
const LANE_ROWS = 3;
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
 * each lane packs and clusters alone) with a label row above it when it has a label.
 */
export function layoutLanes(lanes: readonly Lane<TimelineEvent>[], scale: TimeScale): LanesLayout {
  const bands: LaneBand[] = [];
  let top = AXIS_PX;
  for (const { id, label, person, events } of lanes) {
    // A lane is as tall as its events could ever need, and no taller, so heights stay put while
    // the window pans: a cluster row only where there are more events than rows.
    const rows = label ? Math.min(LANE_ROWS, Math.max(events.length, 1)) : SHARED_ROWS;
    const clusterRow = !label || events.length > rows ? 1 : 0;
    const inner = top + (label ? LABEL_PX : 0);
    const layout = layoutEvents(events, scale, rows);
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
