// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, timeMs, type TimeMs } from '../../src/domain/units';
import type { TimelineEvent } from '../../src/domain/types';
import { describeCluster, layoutEvents, type EventLayout } from '../../src/layout/layoutEvents';
import { timeScale } from '../../src/layout/timeScale';
import type { View } from '../../src/layout/viewport';
import { bundledDataset, makeEvent } from './testData';

const FIRST = Date.UTC(2002, 0, 1);
const LAST = Date.UTC(2015, 0, 1);
const layoutAt = (events: readonly TimelineEvent[], v: View, width: number, lanes: number) =>
  layoutEvents(events, timeScale(v, width), lanes);
const view = (start: number, end: number): View => ({ start: timeMs(start), end: timeMs(end) });

/** n events spread over 2002–2014 (a seeded LCG, so runs repeat), 15% of them spans. */
function syntheticEvents(n: number, seed = 7): TimelineEvent[] {
  let s = seed;
  const rand = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const events = Array.from({ length: n }, (_, i) => {
    const start = FIRST + Math.floor(rand() * ((LAST - FIRST) / DAY_MS)) * DAY_MS;
    const end =
      rand() < 0.15 ? Math.min(start + (1 + Math.floor(rand() * 700)) * DAY_MS, LAST) : start;
    const event = makeEvent(`e-${i}`, '2002', { title: `Synthetic event number ${i}` });
    return { ...event, start: timeMs(start), end: timeMs(end), isSpan: end > start };
  });
  return events.sort((a, b) => a.start - b.start).map((e, index) => ({ ...e, index }));
}

/** How many times each event is drawn: as a marker or as a cluster member. */
function appearances(layout: EventLayout): Map<string, number> {
  const seen = new Map<string, number>();
  const add = (e: TimelineEvent) => seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
  layout.placed.forEach((p) => add(p.event));
  layout.clusters.forEach((c) => c.members.forEach(add));
  return seen;
}

function checkPartition(events: TimelineEvent[], v: View, layout: EventLayout, lanes: number) {
  const seen = appearances(layout);
  for (const [, count] of seen) expect(count).toBe(1);
  for (const e of events) {
    const overlaps = e.start <= v.end && e.end >= v.start;
    if (overlaps) expect(seen.get(e.id), e.id).toBe(1);
    if (e.start > v.end) expect(seen.has(e.id), e.id).toBe(false);
  }
  for (const p of layout.placed) expect(p.lane >= 0 && p.lane < lanes).toBe(true);
}

const windowArb = fc
  .record({
    a: fc.double({ min: 0, max: 1, noNaN: true }),
    days: fc.integer({ min: 14, max: 4800 }),
  })
  .map(({ a, days }) => {
    const start = FIRST - 100 * DAY_MS + a * (LAST - FIRST);
    return view(start, start + days * DAY_MS);
  });

// Property runs over thousands of events; generous timeouts keep them steady on a busy machine.
describe('layoutEvents', { timeout: 60_000 }, () => {
  it('draws all ten bundled events at the default window on a desktop, none clustered', () => {
    const { events } = bundledDataset();
    const layout = layoutAt(events, view(FIRST, LAST), 1280, 7);
    expect(layout.placed).toHaveLength(10);
    expect(layout.clusters).toEqual([]);
  });

  it('places each point event at its time', () => {
    const { events } = bundledDataset();
    const layout = layoutAt(events, view(FIRST, LAST), 1300, 7);
    const wedding = layout.placed.find((p) => p.event.id === 'florence-wedding')!;
    expect(wedding.x).toBeCloseTo(((Date.UTC(2014, 4, 24) - FIRST) / (LAST - FIRST)) * 1300, 6);
    expect(wedding.barEnd).toBe(wedding.x);
  });

  it('draws what fits of a pile-up and folds the rest into one cluster', () => {
    const day = Date.UTC(2010, 5, 1);
    const pile = Array.from({ length: 12 }, (_, i) => ({
      ...makeEvent(`same-day-${i}`, '2010-06-01'),
      index: i,
    }));
    const layout = layoutAt(pile, view(day - 400 * DAY_MS, day + 400 * DAY_MS), 1000, 3);
    expect(layout.placed.map((p) => p.lane).sort()).toEqual([0, 1, 2]);
    expect(layout.clusters).toHaveLength(1);
    expect(layout.clusters[0]!.members).toHaveLength(9);
    checkPartition(pile, view(day - 400 * DAY_MS, day + 400 * DAY_MS), layout, 3);
  });

  it('every event in the window is drawn exactly once, placed or clustered (1,000 events)', () => {
    const events = syntheticEvents(1000);
    fc.assert(
      fc.property(
        windowArb,
        fc.integer({ min: 360, max: 2000 }),
        fc.integer({ min: 1, max: 8 }),
        (v, width, lanes) => {
          checkPartition(events, v, layoutAt(events, v, width, lanes), lanes);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('draws at most ~500 things for 10,000 events at any window', () => {
    const events = syntheticEvents(10_000);
    fc.assert(
      fc.property(windowArb, fc.integer({ min: 360, max: 2000 }), (v, width) => {
        const layout = layoutAt(events, v, width, 7);
        expect(layout.placed.length + layout.clusters.length).toBeLessThanOrEqual(500);
        checkPartition(events, v, layout, 7);
      }),
      { numRuns: 12 },
    );
  });
});

describe('describeCluster', () => {
  const at = (y: number, m = 1, d = 1): TimeMs => timeMs(Date.UTC(y, m - 1, d));
  const members = (n: number) => Array.from({ length: n }, (_, i) => makeEvent(`m${i}`, '2005'));
  it.each([
    [12, at(2005, 3), at(2005, 11), '12 events, 2005'],
    [3, at(2005, 6), at(2006, 2), '3 events, 2005–2006'],
    [1, at(2005), at(2005), '1 event, 2005'],
    [2, at(2005), at(2006), '2 events, 2005'],
  ])('%i members from %s to %s: %j', (n, start, end, name) => {
    expect(describeCluster({ members: members(n), start, end })).toBe(name);
  });
});

describe('labels', () => {
  it('stay on screen for moments inside the window, at any width from 320 px', () => {
    const events = syntheticEvents(300, 11);
    fc.assert(
      fc.property(windowArb, fc.integer({ min: 320, max: 2000 }), (v, width) => {
        const layout = layoutAt(events, v, width, 8);
        for (const p of layout.placed) {
          if (p.event.isSpan || p.x < 0 || p.x > width) continue;
          const [from, to] = p.flip ? [p.x - p.labelPx, p.x] : [p.x, p.x + p.labelPx];
          expect(from, p.event.id).toBeGreaterThanOrEqual(-0.5);
          // Cut to the room there is; only a bare pin (34 px) may hang over the right edge.
          if (!p.flip && p.labelPx > 34) expect(to, p.event.id).toBeLessThanOrEqual(width + 0.5);
        }
      }),
      { numRuns: 60 },
    );
  });
});
