// @vitest-environment node
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DAY_MS, timeMs } from '../../src/domain/units';
import { easeOut } from '../../src/layout/easeOut';
import { boundsForRange, spanOf, type View } from '../../src/layout/viewport';
import { createViewStore, type Clock } from '../../src/state/createViewStore';

const YEAR = 365.25 * DAY_MS;
const START = Date.UTC(2002, 0, 1);
const END = Date.UTC(2015, 0, 1);
const bounds = boundsForRange(timeMs(START), timeMs(END));
const view = (start: number, end: number): View => ({ start: timeMs(start), end: timeMs(end) });

/** Frames that run only when the test says so. */
function fakeClock(startAt = 0) {
  let time = startAt;
  let next = 1;
  const queued = new Map<number, () => void>();
  const clock: Clock = {
    frame: (callback) => (queued.set(next, callback), next++),
    cancel: (id) => void queued.delete(id),
    now: () => time,
  };
  const advance = (ms: number) => {
    time += ms;
    const due = [...queued.values()];
    queued.clear();
    due.forEach((callback) => callback());
  };
  return { clock, advance, pending: () => queued.size };
}

const make = (clock?: Clock, start = bounds.outer) =>
  createViewStore({ view: start, bounds, width: 1000 }, clock);

describe('createViewStore', () => {
  it('starts clamped to its bounds, with a scale of its width', () => {
    const store = make(undefined, view(START - 50 * YEAR, START - 40 * YEAR));
    const { view: v, scale, width } = store.getSnapshot();
    expect(v.start).toBe(bounds.outer.start);
    expect(width).toBe(1000);
    expect(scale(v.start)).toBeCloseTo(0, 6);
    expect(scale(v.end)).toBeCloseTo(1000, 6);
  });

  it('tells subscribers of each change, and not of a non-change', () => {
    const store = make();
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.setView(bounds.outer);
    expect(calls).toBe(0);
    store.zoomBy(2);
    expect(calls).toBe(1);
    unsubscribe();
    store.zoomBy(2);
    expect(calls).toBe(1);
  });

  it('zooms about the centre by default and about an anchor when given', () => {
    const store = make();
    const before = store.getSnapshot().view;
    store.zoomBy(2);
    const after = store.getSnapshot().view;
    expect(spanOf(after)).toBeCloseTo(spanOf(before) / 2, -3);
    expect((after.start + after.end) / 2).toBeCloseTo((before.start + before.end) / 2, -3);
    const anchor = timeMs(after.start + spanOf(after) / 4);
    store.zoomBy(2, 0, anchor);
    const zoomed = store.getSnapshot().view;
    expect((anchor - zoomed.start) / spanOf(zoomed)).toBeCloseTo(0.25, 9);
  });

  it('keeps the window when the width changes, and redraws the scale', () => {
    const store = make();
    const before = store.getSnapshot();
    store.setWidth(500);
    const after = store.getSnapshot();
    expect(after.view).toBe(before.view);
    expect(after.scale(after.view.end)).toBeCloseTo(500, 6);
    store.setWidth(0);
    expect(store.getSnapshot().width).toBe(500);
  });

  it('glides over the duration, frame by frame, and lands exactly', () => {
    const { clock, advance, pending } = fakeClock();
    const store = make(clock);
    const target = view(Date.UTC(2010, 0, 1), Date.UTC(2012, 0, 1));
    const seen: View[] = [];
    store.subscribe(() => seen.push(store.getSnapshot().view));
    store.setView(target, 250);
    // The glide starts where the window is, and says it is gliding until it lands.
    expect(seen).toEqual([bounds.outer]);
    expect(store.getSnapshot().gliding).toBe(true);
    advance(100);
    expect(seen).toHaveLength(2);
    const mid = seen[1]!;
    expect(mid.start).toBeGreaterThan(bounds.outer.start);
    expect(mid.start).toBeLessThan(target.start);
    advance(200);
    expect(store.getSnapshot().view).toEqual(target);
    expect(store.getSnapshot().gliding).toBe(false);
    expect(pending()).toBe(0);
  });

  it('stops a glide when anything else sets the view: a gesture always wins', () => {
    const { clock, advance } = fakeClock();
    const store = make(clock);
    store.setView(view(Date.UTC(2010, 0, 1), Date.UTC(2012, 0, 1)), 250);
    advance(50);
    const gesture = view(Date.UTC(2003, 0, 1), Date.UTC(2004, 0, 1));
    store.setView(gesture);
    advance(500);
    expect(store.getSnapshot().view).toEqual(gesture);
  });

  it('stop() leaves a glide where it is', () => {
    const { clock, advance } = fakeClock();
    const store = make(clock);
    store.setView(view(Date.UTC(2010, 0, 1), Date.UTC(2012, 0, 1)), 250);
    advance(100);
    const there = store.getSnapshot().view;
    store.stop();
    advance(500);
    expect(store.getSnapshot().view).toEqual(there);
    expect(store.getSnapshot().gliding).toBe(false);
  });

  it('pans by time and holds at the edges', () => {
    const store = make(undefined, view(Date.UTC(2005, 0, 1), Date.UTC(2006, 0, 1)));
    store.panBy(YEAR);
    expect(store.getSnapshot().view.start).toBeCloseTo(Date.UTC(2006, 0, 1), -8);
    store.panBy(100 * YEAR);
    expect(store.getSnapshot().view.end).toBe(bounds.outer.end);
  });

  it('re-clamps the window to new bounds', () => {
    const store = make(undefined, view(Date.UTC(2010, 0, 1), Date.UTC(2014, 0, 1)));
    const narrow = boundsForRange(timeMs(Date.UTC(2002, 0, 1)), timeMs(Date.UTC(2005, 0, 1)));
    store.setBounds(narrow);
    const { view: v } = store.getSnapshot();
    expect(v.end).toBeLessThanOrEqual(narrow.outer.end);
    expect(store.getSnapshot().bounds).toBe(narrow);
  });

  it('never leaves its bounds, whatever it is asked', () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('zoom' as const),
        factor: fc.double({ min: 0.01, max: 100, noNaN: true }),
      }),
      fc.record({
        kind: fc.constant('pan' as const),
        years: fc.double({ min: -50, max: 50, noNaN: true }),
      }),
      fc.record({
        kind: fc.constant('set' as const),
        from: fc.double({ min: -100, max: 100, noNaN: true }),
        span: fc.double({ min: -5, max: 100, noNaN: true }),
      }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 20 }), (ops) => {
        const store = make();
        for (const o of ops) {
          if (o.kind === 'zoom') store.zoomBy(o.factor);
          else if (o.kind === 'pan') store.panBy(o.years * YEAR);
          else store.setView(view(START + o.from * YEAR, START + (o.from + o.span) * YEAR));
          const { view: v } = store.getSnapshot();
          expect(v.start).toBeGreaterThanOrEqual(bounds.outer.start - 1);
          expect(v.end).toBeLessThanOrEqual(bounds.outer.end + 1);
          expect(spanOf(v)).toBeGreaterThanOrEqual(bounds.minSpan - 1);
        }
      }),
    );
  });

  it('is eased, not linear: 100 ms into a 250 ms glide it is easeOut(0.4) of the way', () => {
    // A clock that doesn't start at 0, as no real one does.
    const { clock, advance } = fakeClock(5_000);
    const store = make(clock);
    const from = store.getSnapshot().view;
    const target = view(Date.UTC(2010, 0, 1), Date.UTC(2012, 0, 1));
    store.setView(target, 250);
    advance(100);
    const mid = store.getSnapshot().view;
    const part = easeOut(0.4); // 0.784
    expect(mid.start).toBeCloseTo(from.start + (target.start - from.start) * part, -1);
    expect(mid.end).toBeCloseTo(from.end + (target.end - from.end) * part, -1);
  });

  it('refuses a width of zero or less: the window keeps being drawn at the last good one', () => {
    const store = make();
    let calls = 0;
    store.subscribe(() => calls++);
    store.setWidth(-20);
    store.setWidth(0);
    store.setWidth(1000);
    expect(store.getSnapshot().width).toBe(1000);
    expect(calls).toBe(0);
  });
});

describe('createViewStore on the browser clock', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('glides on requestAnimationFrame and performance.now, and cancels the frame on stop', () => {
    const frames: (() => void)[] = [];
    let lastId = 40;
    const requestAnimationFrame = vi.fn(
      (callback: () => void) => (frames.push(callback), ++lastId),
    );
    const cancelAnimationFrame = vi.fn();
    vi.stubGlobal('requestAnimationFrame', requestAnimationFrame);
    vi.stubGlobal('cancelAnimationFrame', cancelAnimationFrame);
    let now = 2_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);

    const store = make();
    const from = store.getSnapshot().view;
    const target = view(Date.UTC(2010, 0, 1), Date.UTC(2012, 0, 1));
    store.setView(target, 250);
    expect(requestAnimationFrame).toHaveBeenCalledTimes(1);
    now += 125;
    frames.shift()!();
    const mid = store.getSnapshot().view;
    expect(mid.start).toBeCloseTo(from.start + (target.start - from.start) * easeOut(0.5), -1);
    expect(requestAnimationFrame).toHaveBeenCalledTimes(2);
    // The second frame (id 42) is the one in flight.
    store.stop();
    expect(cancelAnimationFrame).toHaveBeenCalledWith(42);
  });
});
