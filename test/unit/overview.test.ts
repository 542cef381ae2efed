// @vitest-environment node
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, timeMs } from '../../src/domain/units';
import { densityBins, histogramPath } from '../../src/layout/overviewBins';
import {
  centreOn,
  dragHandle,
  handleOf,
  sliderKey,
  sliderPercent,
  viewOfHandle,
} from '../../src/layout/overviewHandle';
import { timeScale } from '../../src/layout/timeScale';
import { boundsForRange, sameView, spanOf, type View } from '../../src/layout/viewport';
import { erasOf, groupOf, groupsOf } from '../../src/layout/datasetExtras';

const START = Date.UTC(2002, 0, 1);
const END = Date.UTC(2015, 0, 1);
// Made before each test, not at load: Stryker counts code run outside a test as "static" and
// then re-runs every test for each of its mutants.
let bounds: ReturnType<typeof boundsForRange>;
const WIDTH = 1000;
let scale: ReturnType<typeof timeScale>;
let outer: View;
beforeEach(() => {
  bounds = boundsForRange(timeMs(START), timeMs(END));
  scale = timeScale(bounds.outer, WIDTH);
  outer = bounds.outer;
});

const viewArb = () =>
  fc
    .tuple(
      fc.integer({ min: outer.start, max: outer.end }),
      fc.integer({ min: outer.start, max: outer.end }),
    )
    .filter(([a, b]) => Math.abs(a - b) >= bounds.minSpan)
    .map(([a, b]): View => ({ start: timeMs(Math.min(a, b)), end: timeMs(Math.max(a, b)) }));

describe('densityBins', () => {
  /** The plain definition: each start, one at a time, into its clamped column. */
  function binsOneByOne(starts: number[], px: number) {
    const bins = new Array<number>(Math.max(Math.ceil(WIDTH / px), 1)).fill(0);
    for (const t of starts) {
      bins[Math.min(Math.max(Math.floor(scale(t) / px), 0), bins.length - 1)]!++;
    }
    return bins;
  }

  it('counts each event once, in the bin where it starts', () => {
    const bins = densityBins([outer.start, outer.start + 1, outer.end - 1], scale, 10);
    expect(bins).toHaveLength(100);
    expect(bins[0]).toBe(2);
    expect(bins[99]).toBe(1);
    expect(bins.slice(1, 99).every((n) => n === 0)).toBe(true);
  });

  it('equals counting one start at a time, clamping those outside the range', () => {
    const t = fc.integer({ min: START - 1000 * DAY_MS, max: END + 1000 * DAY_MS });
    // Runs of equal starts too, as a dataset of year-precision events has.
    const starts = fc
      .array(fc.oneof(t, fc.constantFrom(START, END, outer.start)), { maxLength: 300 })
      .map((list) => list.sort((a, b) => a - b));
    fc.assert(
      fc.property(starts, fc.integer({ min: 1, max: 50 }), (sorted, px) => {
        const bins = densityBins(Float64Array.from(sorted), scale, px);
        expect(bins).toEqual(binsOneByOne(sorted, px));
        expect(bins.reduce((a, b) => a + b, 0)).toBe(sorted.length);
      }),
    );
  });

  it('draws a bar per non-empty bin, none taller than the strip', () => {
    const path = histogramPath([0, 1, 4, 0], 6, 28);
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path).toContain('v-28');
    expect(histogramPath([0, 0], 6, 28)).toBe('');
  });

  it('puts bar i at i bins from the left, a pixel narrower than its bin, on the baseline', () => {
    // Bins of 1 and 4: heights 14 and 28 (square root), each from x = i * 6, 5 px wide.
    expect(histogramPath([0, 1, 4], 6, 28)).toBe('M6,28h5v-14h-5zM12,28h5v-28h-5z');
  });
});

describe('the handle and the window', () => {
  it('window → handle → window is the identity (to the millisecond)', () => {
    fc.assert(
      fc.property(viewArb(), (view) => {
        expect(sameView(viewOfHandle(handleOf(view, scale), scale), view, 1)).toBe(true);
      }),
    );
  });

  it('handle → window → handle is the identity (to a thousandth of a pixel)', () => {
    const px = fc.double({ min: 0, max: WIDTH, noNaN: true });
    fc.assert(
      fc.property(px, px, (a, b) => {
        const handle = { left: Math.min(a, b), right: Math.max(a, b) };
        const back = handleOf(viewOfHandle(handle, scale), scale);
        expect(back.left).toBeCloseTo(handle.left, 3);
        expect(back.right).toBeCloseTo(handle.right, 3);
      }),
    );
  });

  it('the whole range fills the strip', () => {
    expect(handleOf(outer, scale)).toEqual({ left: 0, right: WIDTH });
  });

  it('dragging the body pans by the pixels moved, at the same span', () => {
    const view = { start: timeMs(Date.UTC(2006, 0, 1)), end: timeMs(Date.UTC(2008, 0, 1)) };
    const moved = dragHandle(view, 'move', 50, scale, bounds);
    expect(spanOf(moved)).toBe(spanOf(view));
    expect(handleOf(moved, scale).left).toBeCloseTo(handleOf(view, scale).left + 50, 6);
  });

  it('dragging an edge zooms, never past the other edge or out of bounds', () => {
    fc.assert(
      fc.property(
        viewArb(),
        fc.constantFrom('start' as const, 'end' as const),
        fc.integer({ min: -2000, max: 2000 }),
        (view, edge, dx) => {
          const next = dragHandle(view, edge, dx, scale, bounds);
          expect(spanOf(next)).toBeGreaterThanOrEqual(bounds.minSpan - 1);
          expect(next.start).toBeGreaterThanOrEqual(outer.start);
          expect(next.end).toBeLessThanOrEqual(outer.end);
          // The other edge stays where it was.
          if (edge === 'start') expect(Math.abs(next.end - view.end)).toBeLessThanOrEqual(1);
          else expect(Math.abs(next.start - view.start)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('the dragged edge follows the pointer when nothing stops it', () => {
    const view = { start: timeMs(Date.UTC(2006, 0, 1)), end: timeMs(Date.UTC(2010, 0, 1)) };
    const before = handleOf(view, scale);
    for (const dx of [-40, 25]) {
      const left = handleOf(dragHandle(view, 'start', dx, scale, bounds), scale);
      expect(left.left).toBeCloseTo(before.left + dx, 3);
      expect(left.right).toBeCloseTo(before.right, 3);
      const right = handleOf(dragHandle(view, 'end', dx, scale, bounds), scale);
      expect(right.right).toBeCloseTo(before.right + dx, 3);
      expect(right.left).toBeCloseTo(before.left, 3);
    }
  });

  it('a click centres the window on the instant clicked, inside the bounds', () => {
    const view = { start: timeMs(Date.UTC(2006, 0, 1)), end: timeMs(Date.UTC(2008, 0, 1)) };
    const at = timeMs(Date.UTC(2010, 0, 1));
    const next = centreOn(view, at, bounds);
    expect((next.start + next.end) / 2).toBe(at);
    expect(spanOf(next)).toBe(spanOf(view));
    expect(centreOn(view, outer.start, bounds).start).toBe(outer.start);
  });
});

describe('slider keys', () => {
  const view = { start: timeMs(Date.UTC(2006, 0, 1)), end: timeMs(Date.UTC(2008, 0, 1)) };
  const centre = (v: View) => (v.start + v.end) / 2;

  it('Up and Down are Right and Left; Page keys move a whole window', () => {
    expect(sliderKey('ArrowUp', false, view, bounds)).toEqual(
      sliderKey('ArrowRight', false, view, bounds),
    );
    expect(sliderKey('ArrowDown', true, view, bounds)).toEqual(
      sliderKey('ArrowLeft', true, view, bounds),
    );
    const up = sliderKey('PageUp', false, view, bounds)!;
    const down = sliderKey('PageDown', false, view, bounds)!;
    expect(centre(up) - centre(view)).toBeCloseTo(spanOf(view), -1);
    expect(centre(view) - centre(down)).toBeCloseTo(spanOf(view), -1);
  });

  it('+ and = zoom in about the centre, - zooms out about it', () => {
    const plus = sliderKey('+', false, view, bounds)!;
    expect(sliderKey('=', false, view, bounds)).toEqual(plus);
    const minus = sliderKey('-', false, view, bounds)!;
    expect(spanOf(plus)).toBeCloseTo(spanOf(view) / 2, -1);
    expect(spanOf(minus)).toBeCloseTo(spanOf(view) * 2, -1);
    expect(centre(plus)).toBeCloseTo(centre(view), -1);
    expect(centre(minus)).toBeCloseTo(centre(view), -1);
  });

  it('arrows move a tenth of the window, Shift a whole window', () => {
    const right = sliderKey('ArrowRight', false, view, bounds)!;
    const far = sliderKey('ArrowRight', true, view, bounds)!;
    expect(centre(right) - centre(view)).toBeCloseTo(spanOf(view) / 10, -1);
    expect(centre(far) - centre(view)).toBeCloseTo(spanOf(view), -1);
    expect(centre(sliderKey('ArrowLeft', false, view, bounds)!)).toBeLessThan(centre(view));
  });

  it('Home and End go to the ends of the range, keeping the span', () => {
    expect(sliderKey('Home', false, view, bounds)!.start).toBe(outer.start);
    expect(sliderKey('End', false, view, bounds)!.end).toBe(outer.end);
    expect(spanOf(sliderKey('End', false, view, bounds)!)).toBe(spanOf(view));
  });

  it('other keys are not the slider’s', () => {
    expect(sliderKey('a', false, view, bounds)).toBeNull();
    expect(sliderKey('Tab', false, view, bounds)).toBeNull();
  });

  it('aria-valuenow is the centre in percent, 0 to 100', () => {
    expect(sliderPercent(outer, bounds)).toBe(50);
    fc.assert(
      fc.property(viewArb(), (v) => {
        const p = sliderPercent(v, bounds);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe('optional eras and groups, read defensively', () => {
  it('keeps only well-formed eras and groups', () => {
    const dataset = {
      eras: [
        { id: 'a', title: 'A', start: 1, end: 2 },
        { id: 'b', title: 'B', start: 2, end: 1 },
        { title: 3, start: 1, end: 2 },
        null,
      ],
      groups: [{ id: 'g', name: 'G' }, { id: 4 }, 'x'],
    };
    expect(erasOf(dataset)).toEqual([{ id: 'a', title: 'A', start: 1, end: 2 }]);
    expect(groupsOf(dataset)).toEqual([{ id: 'g', name: 'G' }]);
    expect(erasOf({})).toEqual([]);
    expect(groupsOf({ groups: 'nope' })).toEqual([]);
    expect(groupOf({ group: 'g' })).toBe('g');
    expect(groupOf({ group: 1 })).toBeUndefined();
  });
});
