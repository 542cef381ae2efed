// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, timeMs } from '../../src/domain/units';
import {
  boundsForRange,
  canZoomIn,
  canZoomOut,
  clampView,
  fitView,
  MIN_SPAN_MS,
  panView,
  sameView,
  spanOf,
  viewShowing,
  zoomView,
  type View,
} from '../../src/layout/viewport';

// Made before each test, not at load: Stryker counts code run outside a test as "static" and
// then re-runs every test for each of its mutants.
let bounds: ReturnType<typeof boundsForRange>;
let outer: View;
let outerSpan: number;
beforeEach(() => {
  bounds = boundsForRange(timeMs(Date.UTC(2002, 0, 1)), timeMs(Date.UTC(2015, 0, 1)));
  outer = bounds.outer;
  outerSpan = spanOf(outer);
});
const view = (start: number, end: number): View => ({ start: timeMs(start), end: timeMs(end) });
const inside = (v: View) => v.start >= outer.start - 1e-3 && v.end <= outer.end + 1e-3;

/** Any view inside the outer bounds, at least twice the minimum span. */
const viewArb = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([a, b]) => {
    const span = 2 * MIN_SPAN_MS + b * (outerSpan - 2 * MIN_SPAN_MS);
    const start = outer.start + a * (outerSpan - span);
    return view(start, start + span);
  });
const fractionArb = fc.double({ min: 0, max: 1, noNaN: true });
const factorArb = fc.double({ min: 0.25, max: 4, noNaN: true });

describe('boundsForRange', () => {
  it('adds a small margin and keeps the minimum span at two weeks', () => {
    expect(outer.start).toBeLessThan(Date.UTC(2002, 0, 1));
    expect(outer.end).toBeGreaterThan(Date.UTC(2015, 0, 1));
    expect(outerSpan).toBeLessThan(1.1 * (Date.UTC(2015, 0, 1) - Date.UTC(2002, 0, 1)));
    expect(bounds.minSpan).toBe(14 * DAY_MS);
  });
});

describe('clampView', () => {
  it('keeps any window within the outer bounds and no narrower than the minimum span', () => {
    const t = fc.double({ min: -1e13, max: 1e13, noNaN: true });
    fc.assert(
      fc.property(t, t, (a, b) => {
        const v = clampView(view(a, b), bounds);
        expect(inside(v)).toBe(true);
        expect(spanOf(v)).toBeGreaterThanOrEqual(bounds.minSpan - 1e-3);
        expect(spanOf(v)).toBeLessThanOrEqual(outerSpan + 1e-3);
      }),
    );
  });

  it('leaves a window that already fits alone', () => {
    fc.assert(
      fc.property(viewArb, (v) => {
        expect(sameView(clampView(v, bounds), v)).toBe(true);
      }),
    );
  });

  it('widens a too-narrow window about its centre', () => {
    const centre = Date.UTC(2010, 5, 1);
    const v = clampView(view(centre - DAY_MS, centre + DAY_MS), bounds);
    expect(spanOf(v)).toBe(MIN_SPAN_MS);
    expect((v.start + v.end) / 2).toBe(centre);
  });
});

describe('zoomView', () => {
  it('keeps the anchor at the same screen fraction when nothing is clamped', () => {
    fc.assert(
      fc.property(viewArb, fractionArb, factorArb, (v, fraction, factor) => {
        const anchor = timeMs(v.start + fraction * spanOf(v));
        const span = spanOf(v) / factor;
        const start = anchor - fraction * span;
        fc.pre(span >= bounds.minSpan && start >= outer.start && start + span <= outer.end);
        const next = zoomView(v, factor, anchor, bounds);
        expect(spanOf(next)).toBeCloseTo(span, -1);
        expect((anchor - next.start) / spanOf(next)).toBeCloseTo(fraction, 6);
      }),
    );
  });

  it('zooming in then out by the same factor about the same anchor restores the window', () => {
    fc.assert(
      fc.property(viewArb, fractionArb, fc.double({ min: 1, max: 4, noNaN: true }), (v, f, k) => {
        const anchor = timeMs(v.start + f * spanOf(v));
        fc.pre(spanOf(v) / k >= bounds.minSpan);
        const back = zoomView(zoomView(v, k, anchor, bounds), 1 / k, anchor, bounds);
        expect(sameView(back, v, 1)).toBe(true);
      }),
    );
  });

  it('stops at the minimum span and at the whole range', () => {
    const v = view(Date.UTC(2010, 0, 1), Date.UTC(2011, 0, 1));
    expect(spanOf(zoomView(v, 1000, timeMs(Date.UTC(2010, 6, 1)), bounds))).toBe(MIN_SPAN_MS);
    expect(sameView(zoomView(v, 0.001, timeMs(Date.UTC(2010, 6, 1)), bounds), outer)).toBe(true);
  });
});

describe('panView', () => {
  it.each([
    ['a little right', 30 * DAY_MS],
    ['a little left', -30 * DAY_MS],
  ])('moves %s, keeping the span', (_name, delta) => {
    const v = view(Date.UTC(2008, 0, 1), Date.UTC(2009, 0, 1));
    const next = panView(v, delta, bounds);
    expect(next.start).toBe(v.start + delta);
    expect(spanOf(next)).toBe(spanOf(v));
  });

  it('stops at the edges of the outer bounds', () => {
    const v = view(Date.UTC(2008, 0, 1), Date.UTC(2009, 0, 1));
    expect(panView(v, 1e13, bounds).end).toBe(outer.end);
    expect(panView(v, -1e13, bounds).start).toBe(outer.start);
    expect(spanOf(panView(v, 1e13, bounds))).toBeCloseTo(spanOf(v), -1);
  });
});

describe('fitView', () => {
  it('shows the whole interval with air around it', () => {
    const [a, b] = [Date.UTC(2011, 7, 20), Date.UTC(2011, 10, 1)];
    const v = fitView(timeMs(a), timeMs(b), bounds);
    expect(v.start).toBeLessThan(a);
    expect(v.end).toBeGreaterThan(b);
    expect((v.start + v.end) / 2).toBeCloseTo((a + b) / 2, -1);
  });

  it('widens a single instant to at least the minimum span', () => {
    const t = timeMs(Date.UTC(2013, 5, 15));
    const v = fitView(t, t, bounds);
    expect(spanOf(v)).toBeGreaterThanOrEqual(MIN_SPAN_MS);
    expect(v.start < t && t < v.end).toBe(true);
  });

  it('stays inside the bounds near an edge', () => {
    const v = fitView(timeMs(Date.UTC(2014, 11, 20)), timeMs(Date.UTC(2014, 11, 31)), bounds);
    expect(inside(v)).toBe(true);
  });
});

describe('canZoomIn / canZoomOut', () => {
  it('says no at the limits', () => {
    expect(canZoomOut(outer, bounds)).toBe(false);
    expect(canZoomIn(outer, bounds)).toBe(true);
    const narrow = view(Date.UTC(2010, 0, 1), Date.UTC(2010, 0, 1) + MIN_SPAN_MS);
    expect(canZoomIn(narrow, bounds)).toBe(false);
    expect(canZoomOut(narrow, bounds)).toBe(true);
  });
});

describe('viewShowing', () => {
  const view = { start: timeMs(Date.UTC(2005, 0, 1)), end: timeMs(Date.UTC(2007, 0, 1)) };

  it('keeps the view when the event already starts in it', () => {
    const t = timeMs(Date.UTC(2006, 5, 1));
    expect(viewShowing(t, t, view, bounds)).toBe(view);
  });

  it('centres an event outside the view at the same zoom', () => {
    const t = timeMs(Date.UTC(2012, 0, 1));
    const next = viewShowing(t, t, view, bounds);
    expect(next.end - next.start).toBeCloseTo(view.end - view.start, -3);
    expect((next.start + next.end) / 2).toBeCloseTo(t, -3);
  });

  it('widens the window for a span longer than it', () => {
    const start = timeMs(Date.UTC(2009, 0, 1));
    const end = timeMs(Date.UTC(2013, 0, 1));
    const next = viewShowing(start, end, view, bounds);
    expect(next.start).toBeLessThanOrEqual(start);
    expect(next.end).toBeGreaterThanOrEqual(end);
  });
});
