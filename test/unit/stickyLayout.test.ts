// @vitest-environment node
// Layout given the frame before (layoutEvents' `previous`): what was drawn stays drawn where it
// still fits, so a zoom moves markers instead of swapping them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, timeMs } from '../../src/domain/units';
import type { TimelineEvent } from '../../src/domain/types';
import { labelRoom, layoutEvents, type PlacedEvent } from '../../src/layout/layoutEvents';
import { timeScale, type TimeScale } from '../../src/layout/timeScale';
import type { View } from '../../src/layout/viewport';
import { naiveLayout } from './naiveLayout';
import { makeEvent } from './testData';

const FIRST = Date.UTC(2002, 0, 1);
const LAST = Date.UTC(2015, 0, 1);
/** Labels that begin this far from the right edge are never cut or flipped, nor reached by one. */
const CLEAR_OF_EDGE_PX = 110 + 274 + 6;

/** n events over 2002–2014 from a seeded LCG; `spanShare` of them spans. */
function events(n: number, spanShare: number, seed = 11): TimelineEvent[] {
  let s = seed;
  const rand = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const list = Array.from({ length: n }, (_, i) => {
    const start = FIRST + Math.floor(rand() * ((LAST - FIRST) / DAY_MS)) * DAY_MS;
    const long = rand() < spanShare;
    const end = long ? Math.min(start + (1 + Math.floor(rand() * 700)) * DAY_MS, LAST) : start;
    const title = `Event ${'x'.repeat(Math.floor(rand() * 24))} ${i}`;
    const event = makeEvent(`e-${i}`, '2002', { title });
    return { ...event, start: timeMs(start), end: timeMs(end), isSpan: end > start };
  });
  return list.sort((a, b) => a.start - b.start).map((e, index) => ({ ...e, index }));
}

/** The fast layout, checked against the oracle given the same frame before. */
function checked(
  list: readonly TimelineEvent[],
  scale: TimeScale,
  rows: number,
  previous?: readonly PlacedEvent[],
) {
  const fast = layoutEvents(list, scale, rows, previous);
  const slow = naiveLayout(list, scale, rows, previous);
  expect(fast.placed).toEqual(slow.placed);
  expect(fast.clusters).toEqual(slow.clusters.map(({ members: _, ...c }) => c));
  return fast;
}

/** Zoom `view` by `factor` (>1 closer) keeping the instant at `at` (0..1 across) in place. */
function zoomed(v: View, factor: number, at: number): View {
  const anchor = v.start + at * (v.end - v.start);
  const span = (v.end - v.start) / factor;
  return { start: timeMs(anchor - at * span), end: timeMs(anchor - at * span + span) };
}

const windowArb = fc
  .record({
    a: fc.double({ min: 0, max: 1, noNaN: true }),
    days: fc.integer({ min: 20, max: 4800 }),
  })
  .map(({ a, days }): View => {
    const start = FIRST - 100 * DAY_MS + a * (LAST - FIRST);
    return { start: timeMs(start), end: timeMs(start + days * DAY_MS) };
  });
const stepArb = fc.record({
  factor: fc.double({ min: 0.5, max: 2, noNaN: true }),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe('layout given the frame before', { timeout: 60_000 }, () => {
  it('equals the oracle and draws every event in the window once, after any zoom or pan', () => {
    const list = events(1500, 0.15);
    fc.assert(
      fc.property(
        windowArb,
        fc.array(stepArb, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 360, max: 1800 }),
        fc.integer({ min: 1, max: 6 }),
        (start, steps, width, rows) => {
          let v = start;
          let last = checked(list, timeScale(v, width), rows);
          for (const { factor, at } of steps) {
            v = zoomed(v, factor, at);
            last = checked(list, timeScale(v, width), rows, last.placed);
            const drawn = last.placed.length + last.clusters.reduce((n, c) => n + c.count, 0);
            const oracle = naiveLayout(list, timeScale(v, width), rows);
            const inWindow =
              oracle.placed.length + oracle.clusters.reduce((n, c) => n + c.count, 0);
            expect(drawn).toBe(inWindow);
            expect(last.placed.every((p) => p.lane >= 0 && p.lane < rows)).toBe(true);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('zooming in keeps every moment it drew, on its row, while its label stays clear of the right edge', () => {
    const list = events(1500, 0);
    fc.assert(
      fc.property(
        windowArb,
        fc.double({ min: 1.01, max: 4, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 600, max: 1800 }),
        fc.integer({ min: 1, max: 6 }),
        (v, factor, at, width, rows) => {
          const before = layoutEvents(list, timeScale(v, width), rows);
          const scale = timeScale(zoomed(v, factor, at), width);
          const after = layoutEvents(list, scale, rows, before.placed);
          const laneOf = new Map(after.placed.map((p) => [p.event.id, p.lane]));
          for (const { event, lane } of before.placed) {
            const x = scale(event.start);
            const { px } = labelRoom(event, Math.max(x, 0), width);
            if (x < 0 || x + px > width - CLEAR_OF_EDGE_PX) continue;
            expect(laneOf.get(event.id), event.id).toBe(lane);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('swaps far fewer markers over a wheel zoom than laying out each frame afresh', () => {
    const list = events(2000, 0.15);
    const swaps = (sticky: boolean) => {
      let v: View = { start: timeMs(FIRST), end: timeMs(LAST) };
      let last: PlacedEvent[] = [];
      let count = 0;
      for (let step = 0; step < 30; step++) {
        v = zoomed(v, 2 ** 0.2, 0.5);
        const next = layoutEvents(list, timeScale(v, 1166), 5, sticky ? last : undefined).placed;
        const ids = new Set(next.map((p) => p.event.id));
        count += last.filter((p) => !ids.has(p.event.id)).length;
        last = next;
      }
      return count;
    };
    expect(swaps(true)).toBeLessThan(swaps(false) / 2);
  });

  it('an event no longer in the window or the lane is simply not drawn', () => {
    const list = events(300, 0.15);
    const scale = timeScale({ start: timeMs(FIRST), end: timeMs(LAST) }, 1200);
    const stranger = { ...makeEvent('stranger', '2008'), title: 'Not in this lane' };
    const before: PlacedEvent[] = [
      { event: stranger, x: 600, barEnd: 600, lane: 0, flip: false, labelPx: 120 },
    ];
    const after = checked(list, scale, 3, before);
    expect(after.placed.map((p) => p.event.id)).not.toContain('stranger');
  });
});
