import type { Cluster } from './layoutEvents';
import { partitionPoint, type EventIndex } from './eventIndex';
import { msPerPx, type TimeScale } from './timeScale';

/**
 * Collects the events that found no row, fed as index runs in any order, into one cluster per
 * bin, in time order. An event before the window counts in the window's first bin.
 */
export function clusterBuilder(
  index: EventIndex,
  viewStart: number,
  binMs: number,
  scale: TimeScale,
  gapPx: number,
) {
  const { starts } = index;
  // Every pill fills its bin, less the gap between pills.
  const pillPx = binMs / msPerPx(scale) - gapPx;
  const byBin = new Map<number, Cluster>();
  const add = (from: number, to: number) => {
    for (let i = from; i < to;) {
      const bin = Math.floor(Math.max(starts[i]!, viewStart) / binMs);
      const binEnd = (bin + 1) * binMs;
      const next = partitionPoint(i + 1, to, (j) => starts[j]! < binEnd);
      const end = index.maxEnd(i, next);
      const cluster = byBin.get(bin);
      if (cluster) {
        cluster.count += next - i;
        cluster.start = Math.min(cluster.start, starts[i]!);
        cluster.end = Math.max(cluster.end, end);
      } else {
        byBin.set(bin, {
          key: `cluster-${bin * binMs}`,
          x: scale(bin * binMs),
          width: pillPx,
          count: next - i,
          start: starts[i]!,
          end,
        });
      }
      i = next;
    }
  };
  const done = () => [...byBin.entries()].sort(([a], [b]) => a - b).map(([, cluster]) => cluster);
  return { add, done };
}
