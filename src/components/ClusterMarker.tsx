import { clusterWords, describeCluster, type Cluster } from '../layout/layoutEvents';

interface ClusterMarkerProps {
  cluster: Cluster;
  top: number;
  onOpen: (cluster: Cluster) => void;
}

/** Events too dense to draw apart at this zoom; choosing it zooms to them. */
export function ClusterMarker({ cluster, top, onOpen }: ClusterMarkerProps) {
  const name = describeCluster(cluster);
  const { count, noun, years } = clusterWords(cluster);
  return (
    <button
      type="button"
      className="cluster"
      data-cluster={cluster.count}
      title={`${name}: zoom in to see them`}
      style={{
        transform: `translate(${Math.max(cluster.x, 0)}px, ${top}px)`,
        width: cluster.width,
      }}
      onClick={() => onOpen(cluster)}
    >
      {/* Named by its text, so what a reader sees is what a screen reader says (axe 4.14's
          label-content-name-mismatch); the years are for the ear only. */}
      {count} <span className="cluster-noun">{noun}</span>
      <span className="sr-only">, {years}</span>
    </button>
  );
}
