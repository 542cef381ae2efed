import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TimelineEvent } from '../domain/types';
import { useElementWidth } from '../hooks/useElementWidth';
import { useZoom } from '../hooks/useZoom';
import { chooseTicks } from '../layout/chooseTicks';
import { fitView, type View, type ViewBounds } from '../layout/viewport';
import {
  canZoomIn,
  canZoomOut,
  panView,
  sameView,
  spanOf,
  viewShowing,
  zoomView,
} from '../layout/viewport';
import { layoutEvents, type Cluster } from '../layout/layoutEvents';
import { timeMs } from '../domain/units';
import { ClusterMarker } from './ClusterMarker';
import { EventMarker, findEventMarker } from './EventMarker';
import type { MarkOf } from '../layout/personColors';
import { TimeAxis } from './TimeAxis';
import { ZoomControls } from './ZoomControls';
import { TimelineHint } from './TimelineHint';
import { RangeAnnouncer } from './RangeAnnouncer';

export const LANES = 8;
const AXIS_PX = 50;
const LANE_PX = 34;
const HEIGHT = AXIS_PX + (LANES + 1) * LANE_PX + 8;
const ZOOM_STEP = 2;
const ANIMATE_MS = 250;

interface TimelineProps {
  events: readonly TimelineEvent[];
  bounds: ViewBounds;
  view: View;
  onViewChange: (view: View) => void;
  markOf: MarkOf;
  selectedId: string | undefined;
  onSelect: (id: string, opener: HTMLElement) => void;
  reducedMotion: boolean;
}

export function Timeline(props: TimelineProps) {
  const { events, bounds, view, onViewChange, selectedId, reducedMotion } = props;
  const canvasRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(canvasRef);
  const controller = useZoom(canvasRef, bounds, view, onViewChange);
  const duration = reducedMotion ? 0 : ANIMATE_MS;
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
  // An event to focus once it is drawn (after an arrow key), kept out of render state.
  const pendingFocus = useRef<string | undefined>(undefined);

  const layout = useMemo(() => layoutEvents(events, view, width, LANES), [events, view, width]);
  const axis = useMemo(() => chooseTicks(view, width), [view, width]);
  const tabbableId =
    [selectedId, focusId].find((id) => id && layout.placed.some((p) => p.event.id === id)) ??
    layout.placed[0]?.event.id;

  useEffect(() => {
    performance.mark('timeline-ready');
  }, []);

  // After stepping with the arrows, focus the event's button once it is drawn; if it is out of
  // the window or folded into a cluster, move the window to it first.
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const button = findEventMarker(id);
    const event = events.find((e) => e.id === id);
    if (button || !event) {
      button?.focus();
      pendingFocus.current = undefined;
      return;
    }
    // Off screen: bring it in as opening it would; on screen but clustered: zoom in on it.
    const shown = viewShowing(event.start, event.end, view, bounds);
    const next = shown !== view ? shown : zoomView(view, ZOOM_STEP, event.start, bounds);
    if (sameView(next, view)) pendingFocus.current = undefined;
    else onViewChange(next);
  }, [focusId, layout, events, view, bounds, onViewChange]);

  const step = (from: string, delta: number) => {
    const index = events.findIndex((e) => e.id === from);
    const target = events[Math.min(Math.max(index + delta, 0), events.length - 1)];
    if (!target || target.id === from) return;
    pendingFocus.current = target.id;
    setFocusId(target.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const eventId = (e.target as HTMLElement).dataset?.eventId;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === '+' || e.key === '=') controller?.zoomBy(ZOOM_STEP, duration);
    else if (e.key === '-' || e.key === '_') controller?.zoomBy(1 / ZOOM_STEP, duration);
    else if (eventId && (e.key === 'ArrowRight' || e.key === 'ArrowLeft'))
      step(eventId, e.key === 'ArrowRight' ? 1 : -1);
    else if (eventId && (e.key === 'Home' || e.key === 'End'))
      step(eventId, e.key === 'End' ? events.length : -events.length);
    else if (!eventId && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
      const delta = spanOf(view) * 0.2 * (e.key === 'ArrowRight' ? 1 : -1);
      controller?.setView(panView(view, delta, bounds), duration);
    } else return;
    e.preventDefault();
  };

  const openCluster = (cluster: Cluster) =>
    controller?.setView(fitView(timeMs(cluster.start), timeMs(cluster.end), bounds), duration);

  return (
    <section
      className="timeline"
      role="region"
      aria-label="Timeline"
      aria-describedby="timeline-hint"
      data-ready="true"
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="timeline-toolbar">
        <ZoomControls
          canZoomIn={canZoomIn(view, bounds)}
          canZoomOut={canZoomOut(view, bounds)}
          isReset={!canZoomOut(view, bounds)}
          onZoomIn={() => controller?.zoomBy(ZOOM_STEP, duration)}
          onZoomOut={() => controller?.zoomBy(1 / ZOOM_STEP, duration)}
          onReset={() => controller?.setView(bounds.outer, duration)}
        />
        <TimelineHint />
        <RangeAnnouncer view={view} />
      </div>
      <div className="timeline-canvas" ref={canvasRef} style={{ height: HEIGHT }}>
        <TimeAxis axis={axis} height={HEIGHT} />
        {layout.placed.map((placed) => (
          <EventMarker
            key={placed.event.id}
            placed={placed}
            top={AXIS_PX + placed.lane * LANE_PX}
            width={width}
            person={props.markOf(placed.event.people[0])}
            selected={placed.event.id === selectedId}
            tabbable={placed.event.id === tabbableId}
            onSelect={props.onSelect}
          />
        ))}
        {layout.clusters.map((cluster) => (
          <ClusterMarker
            key={cluster.key}
            cluster={cluster}
            top={AXIS_PX + LANES * LANE_PX}
            onOpen={openCluster}
          />
        ))}
      </div>
    </section>
  );
}
