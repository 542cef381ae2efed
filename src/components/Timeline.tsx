import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { TimelineEvent } from '../domain/types';
import { timeMs } from '../domain/units';
import { useElementWidth } from '../hooks/useElementWidth';
import { useIsClient } from '../hooks/useIsClient';
import { useLanesOutOfView } from '../hooks/useLanesOutOfView';
import { useSettledValue } from '../hooks/useSettledValue';
import { useViewSnapshot } from '../hooks/useViewStore';
import { useZoom } from '../hooks/useZoom';
import { keyAction, stepIndex, ZOOM_STEP } from '../interaction/timelineKeys';
import { chooseTicks } from '../layout/chooseTicks';
import type { Lane } from '../layout/assignLanes';
import type { Era } from '../layout/datasetExtras';
import { eraBands, rowCount, stackEras } from '../layout/eraBands';
import type { Cluster } from '../layout/layoutEvents';
import { AXIS_PX, stickyLanesLayout } from '../layout/layoutLanes';
import type { MarkOf } from '../layout/personColors';
import { canZoomIn, canZoomOut, fitView, spanOf, viewShowing } from '../layout/viewport';
import type { ViewStore } from '../state/createViewStore';
import { ERA_ROW_PX, EraBands } from './EraBands';
import { findEventMarker } from './EventMarker';
import { RangeAnnouncer } from './RangeAnnouncer';
import { TICK_TOP_PX, TimeAxis } from './TimeAxis';
import { TimelineHint } from './TimelineHint';
import { TimelineLane } from './TimelineLane';
import { ZoomControls } from './ZoomControls';

const ANIMATE_MS = 250;
/** Lanes off screen are redrawn once the window has held still this long. */
const SETTLE_MS = 200;
/** Era tints start just under the axis labels, where the lanes begin. */
const ERA_TOP_PX = AXIS_PX - 6;

interface TimelineProps {
  events: readonly TimelineEvent[];
  /** The events sorted into lanes: one shared lane, or one per person or group. */
  lanes: readonly Lane<TimelineEvent>[];
  /** Drawn as bands behind the events (CONTRACT §7). */
  eras: readonly Era[];
  store: ViewStore;
  markOf: MarkOf;
  selectedId: string | undefined;
  onSelect: (id: string, opener: HTMLElement) => void;
  reducedMotion: boolean;
  /** More controls for the toolbar, beside the zoom buttons (Play story, Lanes). */
  tools?: ReactNode;
}

/** The zoomable timeline: draws the store's window, and turns keys and gestures into new ones. */
export function Timeline(props: TimelineProps) {
  const { events, store, selectedId, reducedMotion } = props;
  const canvasRef = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(canvasRef);
  const client = useIsClient();
  useLayoutEffect(() => {
    if (measured) store.setWidth(measured);
  }, [store, measured]);
  useZoom(canvasRef, store);
  const { view, bounds, scale, width, gliding } = useViewSnapshot(store);
  const duration = reducedMotion ? 0 : ANIMATE_MS;
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
  // An event to focus once it is drawn (after an arrow key), kept out of render state.
  const pendingFocus = useRef<string | undefined>(undefined);

  // A zoom frame lays out and redraws only the lanes on screen; those off screen keep what they
  // drew until the window has held still for SETTLE_MS (or they come into view), then catch up
  // in a transition. Lanes are memoised: one handed the very band it drew is not rendered again.
  const { outOfView, observe } = useLanesOutOfView();
  const moving = useSettledValue(scale, SETTLE_MS, outOfView) !== scale;
  // Each layout keeps what the one before it drew, where it still fits, so a zoom moves markers
  // rather than swapping them (swaps mount and unmount hundreds of buttons a frame).
  const [lanesLayout] = useState(stickyLanesLayout);
  // Nothing is laid out before the canvas is measured: its first commit (a dataset's first
  // render, or hydration) then makes no markers for a guessed width, only to replace them all
  // in the same task once the measured width re-renders it.
  const drawScale = measured === undefined ? undefined : scale;
  const layout = useMemo(
    () => lanesLayout(props.lanes, drawScale, moving ? outOfView : undefined),
    [lanesLayout, props.lanes, drawScale, moving, outOfView],
  );
  const placed = useMemo(() => layout.bands.flatMap((band) => band.placed), [layout]);
  const axis = useMemo(() => chooseTicks(scale), [scale]);
  // Rows on time, once per story: the strip under the lanes keeps its height as the window moves.
  const eraSlots = useMemo(() => stackEras(props.eras), [props.eras]);
  const eras = useMemo(() => eraBands(props.eras, eraSlots, scale), [props.eras, eraSlots, scale]);
  const eraStrip = rowCount(eraSlots) * ERA_ROW_PX;
  // An event in several lanes is one Tab stop: its first instance (the one findEventMarker finds).
  // `placed` runs band by band, so the first match is that first instance; only its lane is
  // handed the key, so a memoised lane without it is not re-rendered when it moves.
  const firstDrawn = (id: string | undefined) => id && placed.find((p) => p.event.id === id);
  const tabbableMarker = firstDrawn(selectedId) || firstDrawn(focusId) || placed[0];
  const tabbableKey = tabbableMarker?.key;
  const tabbable = tabbableMarker && layout.bands.find((b) => b.placed.includes(tabbableMarker));

  // Ready once the canvas is measured and the window drawn at its real width; the bench reads
  // the mark, tests read data-ready, so both say the same moment.
  const ready = measured !== undefined && measured === width;
  const markedReady = useRef(false);
  useEffect(() => {
    if (!ready || markedReady.current) return;
    markedReady.current = true;
    performance.mark('timeline-ready');
  }, [ready]);

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
    const before = store.getSnapshot().view;
    if (shown !== view) store.setView(shown);
    else store.zoomBy(ZOOM_STEP, 0, event.start);
    if (store.getSnapshot().view === before) pendingFocus.current = undefined;
  }, [focusId, layout, events, view, bounds, store]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const eventId = (e.target as HTMLElement).dataset?.eventId;
    const action = keyAction(e, eventId !== undefined);
    if (!action) return;
    e.preventDefault();
    if (action.type === 'zoom') store.zoomBy(action.factor, duration);
    else if (action.type === 'pan') store.panBy(spanOf(view) * action.fraction, duration);
    else {
      const index = events.findIndex((event) => event.id === eventId);
      const target = events[stepIndex(index, action.delta, events.length)];
      if (!target || target.id === eventId) return;
      pendingFocus.current = target.id;
      setFocusId(target.id);
    }
  };

  const openCluster = useCallback(
    (cluster: Cluster) =>
      store.setView(fitView(timeMs(cluster.start), timeMs(cluster.end), bounds), duration),
    [store, bounds, duration],
  );

  return (
    <section
      className="timeline"
      role="region"
      aria-label="Timeline"
      aria-describedby="timeline-hint"
      tabIndex={0}
      onKeyDown={onKeyDown}
      // Busy while a glide is still moving the window (a cluster, a zoom button, story mode).
      aria-busy={gliding || undefined}
      data-ready={ready}
    >
      <div className="timeline-toolbar">
        <ZoomControls
          canZoomIn={canZoomIn(view, bounds)}
          canZoomOut={canZoomOut(view, bounds)}
          isReset={!canZoomOut(view, bounds)}
          onZoomIn={() => store.zoomBy(ZOOM_STEP, duration)}
          onZoomOut={() => store.zoomBy(1 / ZOOM_STEP, duration)}
          onReset={() => store.setView(bounds.outer, duration)}
        />
        {props.tools}
        <TimelineHint />
        <RangeAnnouncer view={view} />
      </div>
      {/* Its height comes from the lanes, never the width, so the page pre-rendered at build
          time (which knows no width) reserves exactly this space and draws into it nothing that
          the width decides: no ticks, no bands, no markers. */}
      <div className="timeline-canvas" ref={canvasRef} style={{ height: layout.height + eraStrip }}>
        {/* Tick lines end where the lanes do; the era strip below them stays clean. */}
        {client && <TimeAxis axis={axis} height={layout.height - TICK_TOP_PX} />}
        {client && <EraBands bands={eras} top={ERA_TOP_PX} height={layout.height - ERA_TOP_PX} />}
        {client &&
          layout.bands.map((band) => (
            <TimelineLane
              key={band.id}
              band={band}
              behind={moving && outOfView.has(band.id)}
              observe={observe}
              width={width}
              markOf={props.markOf}
              selectedId={selectedId}
              tabbableKey={band === tabbable ? tabbableKey : undefined}
              onSelect={props.onSelect}
              onOpenCluster={openCluster}
            />
          ))}
      </div>
    </section>
  );
}
