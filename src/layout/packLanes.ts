/** A horizontal extent in pixels: marker or bar plus its label. */
export interface Extent {
  x0: number;
  x1: number;
}

/**
 * Greedy interval packing: each extent, in order of x0, goes to the first lane where it
 * doesn't touch the previous one (`gap` px apart). Returns each item's lane, in input order,
 * or -1 where all `maxLanes` lanes are taken. Optimal for interval graphs when there's room.
 */
export function packLanes(items: readonly Extent[], maxLanes = Infinity, gap = 6): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.x0 - items[b]!.x0 || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(items.length).fill(-1);
  for (const i of order) {
    const item = items[i]!;
    let lane = laneEnds.findIndex((end) => end + gap <= item.x0);
    if (lane === -1 && laneEnds.length < maxLanes) lane = laneEnds.length;
    if (lane === -1) continue;
    laneEnds[lane] = item.x1;
    lanes[i] = lane;
  }
  return lanes;
}
