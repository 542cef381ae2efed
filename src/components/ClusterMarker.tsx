import { describeCluster, type Cluster } from '../layout/layoutEvents';

interface ClusterMarkerProps {
  cluster: Cluster;
  top: number;
  onOpen: (cluster: Cluster) => void;
}

/** Events too dense to draw apart at this zoom; choosing it zooms to them. */
export function ClusterMarker({ cluster, top, onOpen }: ClusterMarkerProps) {
  const name = describeCluster(cluster);
  return (
    <button
      type="button"
      className="cluster"
      data-cluster={cluster.members.length}
      aria-label={name}
      title={`${name}: zoom in to see them`}
      style={{
        transform: `translate(${Math.max(cluster.x, 0)}px, ${top}px)`,
        width: cluster.width,
      }}
      onClick={() => onOpen(cluster)}
    >
      {cluster.members.length} <span className="cluster-noun">events</span>
    </button>
  );
}
