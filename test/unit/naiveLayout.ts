import type { TimelineEvent } from '../../src/domain/types';
import {
  clusterBinMs,
  labelRoom,
  type Cluster,
  type PlacedEvent,
} from '../../src/layout/layoutEvents';
import { msPerPx, viewOf, widthOf, type TimeScale } from '../../src/layout/timeScale';

export type NaiveCluster = Cluster & { members: TimelineEvent[] };

const GAP = 6;

/**
 * The layout spelled out the slow way, as a test oracle. Every event in the window gets a label
 * box [x0, x1). First, what `previous` drew goes back on its old row, in the order labels begin,
 * where that row still has room. Then everything else, in the order labels begin, takes the
 * first row with room: a row is busy where a label is, and the stretch before a kept label goes
 * to the first label that begins in it, which shuts the row until that kept label ends if it is
 * too long to fit. What finds no row goes into its bin's cluster. layoutEvents must give exactly
 * this while skipping the runs it knows cannot fit.
 */
export function naiveLayout(
  events: readonly TimelineEvent[],
  scale: TimeScale,
  maxLanes: number,
  previous: readonly PlacedEvent[] = [],
) {
  const v = viewOf(scale);
  const width = widthOf(scale);
  const slackMs = 240 * msPerPx(scale);
  const binMs = clusterBinMs(msPerPx(scale));
  const visible = events.filter((e) => e.start <= v.end && e.end + slackMs >= v.start);
  const items = visible
    .map((event, i) => {
      const x = scale(event.start);
      const { px, flip } = labelRoom(event, Math.max(x, 0), width);
      const x0 = flip ? x - px : event.isSpan ? Math.max(x, 0) : x;
      return { i, event, x, x0, x1: flip ? x : Math.max(scale(event.end), x0 + px), px, flip };
    })
    .sort((a, b) => a.x0 - b.x0 || a.i - b.i);
  type Item = (typeof items)[number];

  const rows = Array.from({ length: maxLanes }, () => ({
    kept: [] as Item[],
    placed: [] as Item[],
    shutUntil: -Infinity,
  }));
  const lanes = new Map<Item, number>();
  const wasOn = new Map(previous.map((p) => [p.event.id, p.lane]));
  for (const item of items) {
    const row = rows[wasOn.get(item.event.id) ?? -1];
    const last = row?.kept.at(-1);
    if (!row || (last && last.x1 + GAP > item.x0)) continue;
    row.kept.push(item);
    lanes.set(item, wasOn.get(item.event.id)!);
  }
  for (const item of items) {
    if (lanes.has(item)) continue;
    const lane = rows.findIndex((row) => {
      const busy = [...row.kept, ...row.placed].some(
        (other) => other.x0 <= item.x0 && other.x1 + GAP > item.x0,
      );
      if (busy || row.shutUntil > item.x0) return false;
      const next = row.kept.find((other) => other.x0 > item.x0);
      if (!next || item.x1 + GAP <= next.x0) return true;
      row.shutUntil = next.x1 + GAP;
      return false;
    });
    if (lane === -1) continue;
    rows[lane]!.placed.push(item);
    lanes.set(item, lane);
  }

  const placed: PlacedEvent[] = items.flatMap((item) => {
    const lane = lanes.get(item);
    if (lane === undefined) return [];
    const { event, x, flip, px } = item;
    return [{ event, x, barEnd: scale(event.end), lane, flip, labelPx: px }];
  });
  const byBin = new Map<number, NaiveCluster>();
  for (const item of [...items].sort((a, b) => a.i - b.i)) {
    if (lanes.has(item)) continue;
    const { event } = item;
    const bin = Math.floor(Math.max(event.start, v.start) / binMs);
    const cluster = byBin.get(bin);
    if (cluster) {
      cluster.members.push(event);
      cluster.count++;
      cluster.start = Math.min(cluster.start, event.start);
      cluster.end = Math.max(cluster.end, event.end);
    } else {
      byBin.set(bin, {
        key: `cluster-${bin * binMs}`,
        x: scale(bin * binMs),
        width: binMs / msPerPx(scale) - GAP,
        count: 1,
        start: event.start,
        end: event.end,
        members: [event],
      });
    }
  }
  const clusters = [...byBin.entries()].sort(([a], [b]) => a - b).map(([, c]) => c);
  return { placed, clusters };
}
