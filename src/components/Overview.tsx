import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { TimelineEvent } from '../domain/types';
import { useElementWidth } from '../hooks/useElementWidth';
import { useHandleDrag } from '../hooks/useHandleDrag';
import { useIsClient } from '../hooks/useIsClient';
import { useViewSnapshot } from '../hooks/useViewStore';
import type { Era } from '../layout/datasetExtras';
import { rowCount, stackEras } from '../layout/eraBands';
import { describeView } from '../layout/describeView';
import { eventIndex } from '../layout/eventIndex';
import { densityBins, histogramPath } from '../layout/overviewBins';
import {
  centreOn,
  handleOf,
  sliderKey,
  sliderPercent,
  type HandlePart,
} from '../layout/overviewHandle';
import { placeEras } from '../layout/placeEras';
import { timeAtPx, timeScale } from '../layout/timeScale';
import type { ViewStore } from '../state/createViewStore';

interface OverviewProps {
  store: ViewStore;
  /** The events that pass the filters. */
  events: readonly TimelineEvent[];
  eras: readonly Era[];
}

const BIN_PX = 6;
const BARS_PX = 28;
const ERA_PX = 14;
/** A window of two weeks in fourteen years is under a pixel: draw the handle at least this. */
const MIN_HANDLE_PX = 12;

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/**
 * The whole range at a glance (CONTRACT §9): where the shown events are, the eras, and the
 * visible window as a slider. It keeps no window of its own; it reads and writes the view store.
 */
export function Overview({ store, events, eras }: OverviewProps) {
  const track = useRef<HTMLDivElement>(null);
  const width = useElementWidth(track) ?? 0;
  const { view, bounds } = useViewSnapshot(store);
  const { start, end } = bounds.outer;
  const scale = useMemo(() => timeScale({ start, end }, width), [start, end, width]);
  const bars = useMemo(
    () => histogramPath(densityBins(eventIndex(events).starts, scale, BIN_PX), BIN_PX, BARS_PX),
    [events, scale],
  );
  // Left and width in fractions of the range, rows stacked on time as the timeline stacks them:
  // both stand the same at every width, so the page pre-rendered at build time draws the eras
  // and reserves the rest. The bars and the window's handle need the strip's width, which only
  // the browser knows.
  const placed = useMemo(() => placeEras(eras, { start, end }), [eras, start, end]);
  const eraSlots = useMemo(() => stackEras(eras), [eras]);
  const rows = rowCount(eraSlots);
  const client = useIsClient();
  const drag = useHandleDrag(store);

  const handle = handleOf(view, scale);
  const handleWidth = Math.max(handle.right - handle.left, MIN_HANDLE_PX);
  const handleLeft = (handle.left + handle.right - handleWidth) / 2;

  const grab = (part: HandlePart) => (e: PointerEvent<HTMLElement>) => {
    e.stopPropagation();
    drag.begin(e, part);
  };
  // A press on the strip jumps there (at once: a glide would fight the drag that may follow), and holding on drags the window from its new place.
  const onTrackDown = (e: PointerEvent<HTMLElement>) => {
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
    store.setView(centreOn(view, timeAtPx(scale, x), bounds));
    drag.begin(e, 'move');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const next = sliderKey(e.key, e.shiftKey, view, bounds);
    if (!next) return;
    e.preventDefault();
    store.setView(next);
  };

  return (
    <section className="overview" role="region" aria-label="Overview">
      <div
        className="overview-track"
        ref={track}
        style={{ height: BARS_PX + rows * ERA_PX + 4 }}
        onPointerDown={onTrackDown}
        onPointerMove={(e) => drag.move(e, scale)}
        onPointerUp={drag.end}
        onPointerCancel={drag.end}
      >
        <svg className="overview-bars" width={width} height={BARS_PX} aria-hidden="true">
          {client && <path d={bars} />}
        </svg>
        {eras.map((era, i) => (
          <span
            key={era.id}
            className="overview-era"
            data-tone={eraSlots[i]!.tone}
            title={era.title}
            style={{
              left: percent(placed[i]!.left),
              width: percent(placed[i]!.width),
              top: BARS_PX + 2 + eraSlots[i]!.row * ERA_PX,
            }}
          >
            {era.title}
          </span>
        ))}
        {client && (
          <div
            className="overview-handle"
            role="slider"
            tabIndex={0}
            aria-label="Visible window"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={sliderPercent(view, bounds)}
            aria-valuetext={describeView(view)}
            style={{ left: handleLeft, width: handleWidth }}
            onKeyDown={onKeyDown}
            onPointerDown={grab('move')}
          >
            <span className="overview-edge" data-edge="start" onPointerDown={grab('start')} />
            <span className="overview-edge" data-edge="end" onPointerDown={grab('end')} />
          </div>
        )}
      </div>
    </section>
  );
}
