import { memo } from 'react';
import type { Cluster } from '../layout/layoutEvents';
import type { LaneBand } from '../layout/layoutLanes';
import type { MarkOf } from '../layout/personColors';
import { ClusterMarker } from './ClusterMarker';
import { EventMarker } from './EventMarker';

interface TimelineLaneProps {
  band: LaneBand;
  width: number;
  markOf: MarkOf;
  selectedId: string | undefined;
  /** The one marker Tab stops at: the first drawn instance of the event it belongs to. */
  tabbableKey: string | undefined;
  /** Drawn for an earlier window (off screen while the window moves): busy until it catches up. */
  behind: boolean;
  /** Ref callback for a labelled lane's box: whether it is on screen decides how soon it redraws. */
  observe: (node: HTMLElement | null) => (() => void) | undefined;
  onSelect: (id: string, opener: HTMLElement) => void;
  onOpenCluster: (cluster: Cluster) => void;
}

/**
 * One lane's events and clusters. A labelled lane is a group named by its label, with the label
 * drawn at the canvas's left edge, where it stays while the window pans (markers move, the lane
 * does not). The shared lane is drawn bare, as the timeline always was.
 */
export const TimelineLane = memo(function TimelineLane({ band, ...props }: TimelineLaneProps) {
  // A labelled lane is a box of its own, so its markers sit relative to its top.
  const origin = band.label ? band.top : 0;
  const items = (
    <>
      {band.placed.map((placed) => (
        <EventMarker
          key={placed.key}
          placed={placed}
          top={placed.top - origin}
          width={props.width}
          markOf={props.markOf}
          lead={band.person}
          selected={placed.event.id === props.selectedId}
          tabbable={placed.key === props.tabbableKey}
          onSelect={props.onSelect}
        />
      ))}
      {band.clusters.map((cluster) => (
        <ClusterMarker
          key={cluster.key}
          cluster={cluster}
          top={cluster.top - origin}
          onOpen={props.onOpenCluster}
        />
      ))}
    </>
  );
  if (!band.label) return items;
  return (
    <div
      role="group"
      aria-label={band.label}
      ref={props.observe}
      data-lane={band.id}
      aria-busy={props.behind || undefined}
      className="lane"
      style={{ top: band.top, height: band.height }}
    >
      <div className="lane-band" aria-hidden="true">
        <span className="lane-label">{band.label}</span>
      </div>
      {items}
    </div>
  );
});
