// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, timeMs, type TimeMs } from '../../src/domain/units';
import type { TimelineEvent } from '../../src/domain/types';
import { describeCluster, layoutEvents, type EventLayout } from '../../src/layout/layoutEvents';
import { timeScale, type TimeScale } from '../../src/layout/timeScale';
import type { View } from '../../src/layout/viewport';
import { naiveLayout } from './naiveLayout';
import { bundledDataset, makeEvent } from './testData';

const FIRST = Date.UTC(2002, 0, 1);
const LAST = Date.UTC(2015, 0, 1);
const layoutAt = (events: readonly TimelineEvent[], v: View, width: number, lanes: number) =>
  layoutChecked(events, timeScale(v, width), lanes);
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

/** The fast layout equals the oracle's; returns the oracle's, with the clusters' members. */
function layoutChecked(events: readonly TimelineEvent[], scale: TimeScale, lanes: number) {
  const fast = layoutEvents(events, scale, lanes);
  const slow = naiveLayout(events, scale, lanes);
  expect(fast.placed).toEqual(slow.placed);
  expect(fast.clusters).toEqual(slow.clusters.map(({ members: _, ...c }) => c));
  return slow;
}

/** How many times each event is drawn: as a marker or as a cluster member. */
function appearances(layout: ReturnType<typeof naiveLayout>): Map<string, number> {
  const seen = new Map<string, number>();
  const add = (e: TimelineEvent) => seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
  layout.placed.forEach((p) => add(p.event));
  layout.clusters.forEach((c) => c.members.forEach(add));
  return seen;
}

function checkPartition(
  events: TimelineEvent[],
  v: View,
  layout: ReturnType<typeof naiveLayout>,
  lanes: number,
) {
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
  it.each([
    [12, at(2005, 3), at(2005, 11), '12 events, 2005'],
    [3, at(2005, 6), at(2006, 2), '3 events, 2005–2006'],
    [1, at(2005), at(2005), '1 event, 2005'],
    [2, at(2005), at(2006), '2 events, 2005'],
  ])('%i members from %s to %s: %j', (count, start, end, name) => {
    expect(describeCluster({ count, start, end })).toBe(name);
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

// A scale where pixels are exact: one px is 2^20 ms, so a cluster bin (the least power of two
// of ms at least 84 px long) is 2^27 ms, 128 px. The window starts on a bin's edge, so bins
// begin at px 0, 128, 256, … and every position below is a whole or half pixel.
const PX_MS = 2 ** 20;
const BIN_MS = 128 * PX_MS;
const T0 = Math.ceil(Date.UTC(2010, 0, 1) / BIN_MS) * BIN_MS;
const atPx = (px: number) => timeMs(T0 + px * PX_MS);
const windowPx = (width: number, fromPx = 0) =>
  view(T0 + fromPx * PX_MS, T0 + (fromPx + width) * PX_MS);

/** An event at px `from` (to px `to` for a span) with a title `chars` long. */
function eventAt(id: string, from: number, { chars = 4, to = from } = {}): TimelineEvent {
  return {
    ...makeEvent(id, '2010'),
    title: 'T'.repeat(chars),
    start: atPx(from),
    end: atPx(to),
    isSpan: to > from,
  };
}

const placedIds = (layout: EventLayout) => layout.placed.map((p) => p.event.id);
const clusteredIds = (layout: ReturnType<typeof naiveLayout>) =>
  layout.clusters.flatMap((c) => c.members.map((e) => e.id));

describe('label room (1024 px wide, one event)', () => {
  const labelOf = (e: TimelineEvent, width = 1024) => {
    const [placed] = layoutChecked([e], timeScale(windowPx(width), width), 1).placed;
    return { labelPx: placed!.labelPx, flip: placed!.flip };
  };

  it.each([
    // A label is the 34 px pin plus 7.9 px a character…
    ['10 chars mid-screen', 200, 10, 113, false],
    ['5 chars mid-screen', 200, 5, 73.5, false],
    // …clipped at 240 px of text.
    ['40 chars mid-screen', 200, 40, 274, false],
    ['40 chars where exactly 274 px are left', 750, 40, 274, false],
    // Near the right edge it is cut to the room left, as long as 110 px show…
    ['20 chars 150 px from the edge', 874, 20, 150, false],
    ['20 chars 110 px from the edge', 914, 20, 110, false],
    ['5 chars exactly 73.5 px from the edge', 950.5, 5, 73.5, false],
    // …and otherwise flipped whole to the marker's left.
    ['20 chars 109 px from the edge', 915, 20, 192, true],
    ['20 chars 24 px from the edge', 1000, 20, 192, true],
  ])('%s: %f px, flipped %s', (_, px, chars, labelPx, flip) => {
    expect(labelOf(eventAt('e', px, { chars }))).toEqual({ labelPx, flip });
  });

  it('never cuts or flips a span: its label rides the bar', () => {
    expect(labelOf(eventAt('s', 1000, { chars: 20, to: 1100 }))).toEqual({
      labelPx: 192,
      flip: false,
    });
  });

  it.each([
    // A screen too narrow for the whole label on either side: the roomier side, cut to fit.
    ['left of centre', 128, 40, 88, false],
    ['right of centre', 128, 80, 80, true],
    ['dead centre (stays right)', 128, 64, 64, false],
    // At the very least the pin shows.
    ['a 48 px strip', 48, 20, 34, false],
  ])(
    'on a narrow screen, %s (%i px wide, at %i px): %f px, flipped %s',
    (_, width, px, labelPx, flip) => {
      expect(labelOf(eventAt('e', px, { chars: 40 }), width)).toEqual({ labelPx, flip });
    },
  );
});

describe('which events are laid out', () => {
  it('keeps a moment up to 240 px left of the window (its label may still show), not further', () => {
    const events = [eventAt('far', -241), eventAt('near', -240), eventAt('in', 100)];
    const layout = layoutChecked(events, timeScale(windowPx(1024), 1024), 3);
    expect(placedIds(layout)).toEqual(['near', 'in']);
    expect(layout.placed[0]!.x).toBe(-240);
    expect(clusteredIds(layout)).toEqual([]);
  });

  it('draws a moment on the right edge, label flipped, and none past it', () => {
    const events = [eventAt('edge', 1024, { chars: 10 }), eventAt('past', 1025)];
    const layout = layoutChecked(events, timeScale(windowPx(1024), 1024), 3);
    expect(placedIds(layout)).toEqual(['edge']);
    expect(layout.placed[0]).toMatchObject({ x: 1024, flip: true, labelPx: 113 });
    expect(clusteredIds(layout)).toEqual([]);
  });

  it('keeps a span that ends 240 px before the window, and drops one ending 241 px before', () => {
    const events = [eventAt('gone', -900, { to: -241 }), eventAt('tail', -800, { to: -240 })];
    const layout = layoutChecked(events, timeScale(windowPx(1024), 1024), 3);
    expect(placedIds(layout)).toEqual(['tail']);
  });
});

describe('lanes: how much room a label takes', () => {
  const oneLane = (events: TimelineEvent[]) =>
    layoutChecked(events, timeScale(windowPx(1024), 1024), 1);

  it('a label runs right of its marker: a moment 60 px to the right has to fold', () => {
    // 'a' takes 500…613 px (10 chars); 'b' at 560 would overlap its label.
    const layout = oneLane([eventAt('a', 500, { chars: 10 }), eventAt('b', 560, { chars: 10 })]);
    expect(placedIds(layout)).toEqual(['a']);
    expect(clusteredIds(layout)).toEqual(['b']);
  });

  it('but one past the label and the 6 px gap shares the lane', () => {
    const layout = oneLane([eventAt('a', 500, { chars: 10 }), eventAt('b', 619, { chars: 10 })]);
    expect(placedIds(layout)).toEqual(['a', 'b']);
  });

  it('a flipped label takes room left of its marker, where a neighbour may be', () => {
    // 'edge' at 1000 flips its 192 px label over 808…1000; 'a' (700…813) is in the way.
    const crowded = oneLane([
      eventAt('a', 700, { chars: 10 }),
      eventAt('edge', 1000, { chars: 20 }),
    ]);
    expect(placedIds(crowded)).toEqual(['a']);
    expect(clusteredIds(crowded)).toEqual(['edge']);
    // With 'a' further left, both fit on one lane.
    const roomy = oneLane([eventAt('a', 600, { chars: 10 }), eventAt('edge', 1000, { chars: 20 })]);
    expect(placedIds(roomy)).toEqual(['a', 'edge']);
    expect(roomy.placed[1]).toMatchObject({ x: 1000, flip: true, labelPx: 192 });
  });

  it('a span takes its whole bar, even when the bar is longer than its label', () => {
    const layout = oneLane([
      eventAt('span', 100, { chars: 4, to: 800 }),
      eventAt('inside', 500, { chars: 4 }),
      eventAt('after', 806, { chars: 4 }),
    ]);
    expect(placedIds(layout)).toEqual(['span', 'after']);
    expect(clusteredIds(layout)).toEqual(['inside']);
    expect(layout.placed[0]).toMatchObject({ x: 100, barEnd: 800, flip: false });
  });

  it('a span that started off screen keeps its label at the left edge; one that starts later does not', () => {
    const early = oneLane(
      [eventAt('moment', 40, { chars: 4 }), eventAt('running', -300, { chars: 20, to: 30 })].sort(
        (a, b) => a.start - b.start,
      ),
    );
    // The running span's label sits at 0…192, so the moment at 40 folds.
    expect(placedIds(early)).toEqual(['running']);
    expect(early.placed[0]).toMatchObject({ x: -300, barEnd: 30 });
    const later = oneLane([
      eventAt('moment', 100, { chars: 4 }),
      eventAt('span', 500, { to: 600 }),
    ]);
    expect(placedIds(later)).toEqual(['moment', 'span']);
  });
});

describe('clusters', () => {
  // One lane: 'first' (140…205.6 px) is drawn; the next three fold into bin 1 (128…256 px), and
  // after 'second' (300 px) two more fold into bin 2 (256…384 px).
  const pile = () => [
    eventAt('first', 140),
    eventAt('a', 150),
    eventAt('b', 160, { to: 400 }),
    eventAt('c', 170),
    eventAt('second', 300),
    eventAt('d', 310),
    eventAt('e', 320),
  ];
  const clustersAt = (fromPx: number) =>
    layoutChecked(pile(), timeScale(windowPx(1024, fromPx), 1024), 1).clusters;

  it('folds the events with no lane into one pill per bin, in time order, over their members', () => {
    const clusters = clustersAt(0);
    expect(clusters.map((c) => c.members.map((e) => e.id))).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    // A pill fills its bin, less the gap between pills.
    expect(clusters.map((c) => [c.x, c.width, c.count])).toEqual([
      [128, 122, 3],
      [256, 122, 2],
    ]);
  });

  it('spans from its members’ first start to their last end', () => {
    const [first, second] = clustersAt(0);
    expect(first).toMatchObject({ start: atPx(150), end: atPx(400) });
    expect(second).toMatchObject({ start: atPx(310), end: atPx(320) });
    expect(describeCluster(first!)).toBe('3 events, 2010');
  });

  it('keeps its key while the timeline pans, and moves with it', () => {
    const before = clustersAt(0);
    const after = clustersAt(20);
    expect(new Set(before.map((c) => c.key)).size).toBe(2);
    expect(after.map((c) => c.key)).toEqual(before.map((c) => c.key));
    expect(after.map((c) => c.x)).toEqual([108, 236]);
    // Bins are absolute time: the key names where the bin begins, so a different bin is a
    // different key, and a bin twice as wide that begins there (a zoom out) keeps it.
    expect(before[0]!.key).toBe(`cluster-${T0 + BIN_MS}`);
  });

  it('come in time order before 1970 too, where instants are negative', () => {
    // The same pile in 1943: bins aligned the same way, so the same pixels.
    const shift = Math.ceil(Date.UTC(1943, 0, 1) / BIN_MS) * BIN_MS - T0;
    const moved = pile().map((e) => ({
      ...e,
      start: timeMs(e.start + shift),
      end: timeMs(e.end + shift),
    }));
    const { start, end } = windowPx(1024);
    const scale = timeScale(view(start + shift, end + shift), 1024);
    const clusters = layoutChecked(moved, scale, 1).clusters;
    expect(clusters.map((c) => c.members.map((e) => e.id))).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    expect(clusters.map((c) => c.x)).toEqual([128, 256]);
  });

  it('puts spans that began before the window in the first bin on screen', () => {
    const spans = ['p', 'q', 'r'].map((id, i) => eventAt(id, -500 - i, { to: 300 })).reverse();
    const [cluster, ...rest] = layoutChecked(spans, timeScale(windowPx(1024), 1024), 1).clusters;
    expect(rest).toEqual([]);
    expect(cluster).toMatchObject({ x: 0, start: atPx(-501), end: atPx(300) });
    expect(cluster!.members.map((e) => e.id)).toEqual(['q', 'p']);
  });
});
