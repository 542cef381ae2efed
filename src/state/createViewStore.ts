import { timeMs, type TimeMs } from '../domain/units';
import { easeOut } from '../layout/easeOut';
import { timeScale, type TimeScale } from '../layout/timeScale';
import {
  clampView,
  panView,
  sameView,
  zoomView,
  type View,
  type ViewBounds,
} from '../layout/viewport';

/** What the page draws from: the window, how wide it is drawn, and the scale made of both. */
export interface ViewSnapshot {
  view: View;
  bounds: ViewBounds;
  width: number;
  scale: TimeScale;
  /** A glide is under way: the window is still moving toward where it was sent. */
  gliding: boolean;
}

/** Animation frames and time; the browser's by default, a fake one in tests. */
export interface Clock {
  frame: (callback: () => void) => number;
  cancel: (id: number) => void;
  now: () => number;
}

export interface ViewStore {
  getSnapshot: () => ViewSnapshot;
  subscribe: (listener: () => void) => () => void;
  /** Move to `view` (clamped to the bounds), gliding over `durationMs` unless 0. */
  setView: (view: View, durationMs?: number) => void;
  /** Zoom by `factor` (>1 zooms in) about `anchor`, the window's centre by default. */
  zoomBy: (factor: number, durationMs?: number, anchor?: TimeMs) => void;
  panBy: (deltaMs: number, durationMs?: number) => void;
  setWidth: (width: number) => void;
  setBounds: (bounds: ViewBounds) => void;
  /** Stop a glide in flight where it is. */
  stop: () => void;
}

const browserClock: Clock = {
  frame: (callback) => requestAnimationFrame(callback),
  cancel: (id) => cancelAnimationFrame(id),
  now: () => performance.now(),
};

/**
 * The one owner of the visible window. Gestures, buttons, keys, links, history and the open
 * event all move it through here; React reads it with useSyncExternalStore and the URL is
 * written from it. A glide is a run of ordinary changes, and any other change stops it, so
 * nothing needs to tell its own echoes from news. (The pattern is zustand's vanilla store.)
 */
export function createViewStore(
  initial: { view: View; bounds: ViewBounds; width: number },
  clock: Clock = browserClock,
): ViewStore {
  const listeners = new Set<() => void>();
  let snapshot = make(clampView(initial.view, initial.bounds), initial.bounds, initial.width);
  let frame: number | undefined;

  const commit = (next: ViewSnapshot) => {
    snapshot = next;
    listeners.forEach((listener) => listener());
  };
  const put = (view: View, gliding = false) => {
    if (!sameView(view, snapshot.view, 0) || gliding !== snapshot.gliding)
      commit(make(view, snapshot.bounds, snapshot.width, gliding));
  };
  const stop = () => {
    if (frame === undefined) return;
    clock.cancel(frame);
    frame = undefined;
    put(snapshot.view);
  };

  const setView = (target: View, durationMs = 0) => {
    stop();
    const to = clampView(target, snapshot.bounds);
    if (durationMs <= 0) return put(to);
    const from = snapshot.view;
    const t0 = clock.now();
    // Time comes from the clock, not rAF's argument: that can sit on another timebase (jsdom)
    // or a little before t0, and a glide must never stall or step backwards.
    const tick = () => {
      const t = easeOut(Math.min(Math.max((clock.now() - t0) / durationMs, 0), 1));
      frame = t < 1 ? clock.frame(tick) : undefined;
      put(
        {
          start: timeMs(from.start + (to.start - from.start) * t),
          end: timeMs(from.end + (to.end - from.end) * t),
        },
        t < 1,
      );
    };
    frame = clock.frame(tick);
    put(from, true);
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setView,
    zoomBy(factor, durationMs = 0, anchor) {
      const { view, bounds } = snapshot;
      const at = anchor ?? timeMs((view.start + view.end) / 2);
      setView(zoomView(view, factor, at, bounds), durationMs);
    },
    panBy(deltaMs, durationMs = 0) {
      setView(panView(snapshot.view, deltaMs, snapshot.bounds), durationMs);
    },
    setWidth(width) {
      if (width > 0 && width !== snapshot.width) {
        commit(make(snapshot.view, snapshot.bounds, width, snapshot.gliding));
      }
    },
    setBounds(bounds) {
      stop();
      commit(make(clampView(snapshot.view, bounds), bounds, snapshot.width));
    },
    stop,
  };
}

function make(view: View, bounds: ViewBounds, width: number, gliding = false): ViewSnapshot {
  return { view, bounds, width, scale: timeScale(view, width), gliding };
}
