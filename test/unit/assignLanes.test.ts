// @vitest-environment node
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { assignLanes, type Lane } from '../../src/layout/assignLanes';
import { layoutLanes, peakOverlap, stickyLanesLayout } from '../../src/layout/layoutLanes';
import { timeScale } from '../../src/layout/timeScale';
import { bundledDataset } from './testData';
import type { Dataset, TimelineEvent } from '../../src/domain/types';

// Made before each test, not at load: Stryker counts code run outside a test as "static" and
// then re-runs every test for each of its mutants.
let dataset: Dataset;
let scale: ReturnType<typeof timeScale>;
beforeEach(() => {
  dataset = bundledDataset();
  scale = timeScale(dataset.range, 1200);
});
const PEOPLE = ['a', 'b', 'c', 'd'];
const people = PEOPLE.map((id) => ({ id, name: id.toUpperCase() }));

const eventsArb = fc.array(
  fc.record({
    id: fc.uuid(),
    // Ids the dataset knows, and one it doesn't ('x'), repeated at times.
    people: fc.array(fc.constantFrom(...PEOPLE, 'x'), { maxLength: 4 }),
    group: fc.option(fc.constantFrom('g1', 'g2', 'nope'), { nil: undefined }),
  }),
  { maxLength: 30 },
);

describe('assignLanes', () => {
  it('shared: one unlabelled lane with every event', () => {
    const lanes = assignLanes(dataset.events, undefined, dataset);
    expect(lanes).toHaveLength(1);
    expect(lanes[0]!.label).toBe('');
    // The very list: what is kept per list (the layout index) is kept.
    expect(lanes[0]!.events).toBe(dataset.events);
  });

  it('people: every event lands in exactly the lanes of its people', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const lanes = assignLanes(events, 'people', { people });
        for (const event of events) {
          const known = new Set(event.people.filter((id) => PEOPLE.includes(id)));
          const homes = lanes.filter((lane) => lane.events.includes(event)).map((l) => l.id);
          expect(homes.sort()).toEqual(known.size > 0 ? [...known].sort() : ['rest']);
          // Once per lane, even when a person is listed twice.
          for (const lane of lanes)
            expect(lane.events.filter((e) => e === event).length).toBeLessThanOrEqual(1);
        }
        // No empty lanes; lanes in the dataset's order, the rest last; events keep their order.
        for (const lane of lanes) {
          expect(lane.events.length).toBeGreaterThan(0);
          expect(lane.events).toEqual(events.filter((e) => lane.events.includes(e)));
        }
        const ids = lanes.map((l) => l.id);
        expect(ids).toEqual([
          ...PEOPLE.filter((id) => ids.includes(id)),
          ...ids.filter((id) => id === 'rest'),
        ]);
      }),
    );
  });

  it('people: lanes are labelled by name and know their person', () => {
    const lanes = assignLanes(dataset.events, 'people', dataset);
    expect(lanes.map((l) => l.label)).toEqual([
      'Kim Kardashian',
      'Kanye West',
      'Kris Humphries',
      'North West',
    ]);
    expect(lanes.map((l) => l.person)).toEqual(['kim', 'kanye', 'kris-humphries', 'north-west']);
    const northBorn = dataset.eventsById.get('north-west-born')!;
    expect(lanes.filter((l) => l.events.includes(northBorn))).toHaveLength(3);
  });

  it('groups: each event in its group’s lane, the rest together', () => {
    const groups = [
      { id: 'g1', name: 'One' },
      { id: 'g2', name: 'Two' },
    ];
    fc.assert(
      fc.property(eventsArb, (events) => {
        const lanes = assignLanes(events, 'groups', { people, groups });
        for (const event of events) {
          const homes = lanes.filter((lane) => lane.events.includes(event)).map((l) => l.id);
          const group = event.group === 'g1' || event.group === 'g2' ? event.group : 'rest';
          expect(homes).toEqual([group]);
        }
      }),
    );
  });

  it('groups in a dataset without any: one lane of the rest', () => {
    const lanes = assignLanes(dataset.events, 'groups', dataset);
    expect(lanes.map((l) => l.label)).toEqual(['No group']);
  });
});

describe('layoutLanes', () => {
  it('the shared lane keeps the classic height: 8 rows and a cluster row under the axis', () => {
    const layout = layoutLanes(assignLanes(dataset.events, undefined, dataset), scale);
    expect(layout.bands).toHaveLength(1);
    expect(layout.height).toBe(50 + 9 * 34 + 8);
  });

  it('stacks labelled lanes without overlap, each item inside its band, keys unique', () => {
    const layout = layoutLanes(assignLanes(dataset.events, 'people', dataset), scale);
    const keys = new Set<string>();
    let bottom = 50;
    for (const band of layout.bands) {
      expect(band.top).toBe(bottom);
      bottom = band.top + band.height;
      for (const item of [...band.placed, ...band.clusters]) {
        expect(item.top).toBeGreaterThan(band.top);
        expect(item.top + 28).toBeLessThanOrEqual(bottom);
        expect(keys.has(item.key)).toBe(false);
        keys.add(item.key);
      }
    }
    expect(layout.height).toBe(bottom + 8);
    // North West's lane holds one event: one row, no cluster row.
    expect(layout.bands.at(-1)!.height).toBe(20 + 34);
  });
});

describe('layoutLanes before the width is known', () => {
  it('stacks the same lanes at the same heights, with nothing drawn in them', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(undefined, 'people' as const, 'groups' as const),
        fc.integer({ min: 40, max: 3000 }),
        (by, width) => {
          const lanes = assignLanes(dataset.events, by, dataset);
          const drawn = layoutLanes(lanes, timeScale(dataset.range, width));
          const unmeasured = layoutLanes(lanes, undefined);
          const frame = ({ id, label, top, height }: (typeof drawn.bands)[number]) => ({
            id,
            label,
            top,
            height,
          });
          expect(unmeasured.height).toBe(drawn.height);
          expect(unmeasured.bands.map(frame)).toEqual(drawn.bands.map(frame));
          expect(unmeasured.bands.flatMap((b) => [...b.placed, ...b.clusters])).toEqual([]);
          expect(drawn.bands.flatMap((b) => b.placed).length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('layoutLanes keeping lanes off screen', () => {
  let lanes: Lane<TimelineEvent>[];
  let ids: string[];
  beforeEach(() => {
    lanes = assignLanes(dataset.events, 'people', dataset);
    ids = lanes.map((lane) => lane.id);
  });
  /** The window zoomed about its middle: 1 is the whole range, 4 a quarter of it. */
  const zoomed = (factor: number) => {
    const { start, end } = dataset.range;
    const mid = (start + end) / 2;
    const half = (end - start) / 2 / factor;
    return timeScale({ start: mid - half, end: mid + half } as typeof dataset.range, 1200);
  };

  it('hands kept lanes back as drawn and lays out the rest as if none were kept', () => {
    fc.assert(
      fc.property(fc.subarray(ids), fc.double({ min: 1, max: 64, noNaN: true }), (kept, factor) => {
        const previous = layoutLanes(lanes, scale);
        const keeping = layoutLanes(lanes, zoomed(factor), previous, new Set(kept));
        const fresh = layoutLanes(lanes, zoomed(factor), previous);
        expect(keeping.height).toBe(fresh.height);
        keeping.bands.forEach((band, i) => {
          if (kept.includes(band.id)) expect(band).toBe(previous.bands[i]);
          else expect(band).toEqual(fresh.bands[i]);
        });
      }),
      { numRuns: 30 },
    );
  });

  it('lays out a kept lane that the previous layout did not draw', () => {
    const previous = layoutLanes(lanes.slice(0, 1), scale);
    const layout = layoutLanes(lanes, zoomed(4), previous, new Set(ids));
    expect(layout.bands[0]).toBe(previous.bands[0]);
    expect(layout.bands.slice(1)).toEqual(layoutLanes(lanes, zoomed(4)).bands.slice(1));
  });

  it('keeps nothing once the lanes are new (a filter changed their events)', () => {
    const sticky = stickyLanesLayout();
    const first = sticky(lanes, scale);
    const filtered = assignLanes(dataset.events.slice(0, -1), 'people', dataset);
    const next = sticky(filtered, zoomed(4), new Set(ids));
    next.bands.forEach((band, i) => expect(band).not.toBe(first.bands[i]));
    // The same lanes again: kept.
    expect(sticky(filtered, zoomed(8), new Set(ids)).bands).toEqual(next.bands);
    expect(sticky(filtered, zoomed(8), new Set(ids)).bands[0]).toBe(next.bands[0]);
  });

  it('keeps nothing from a layout made before the width was known (it drew nothing)', () => {
    const sticky = stickyLanesLayout();
    sticky(lanes, undefined);
    const measured = sticky(lanes, scale, new Set(ids));
    expect(measured.bands).toEqual(layoutLanes(lanes, scale).bands);
  });
});

describe('peakOverlap', () => {
  it('counts events at one instant, spans inclusive of their end', () => {
    const at = (start: number, end = start) => ({ start, end });
    expect(peakOverlap([])).toBe(0);
    expect(peakOverlap([at(1), at(2), at(3)])).toBe(1);
    expect(peakOverlap([at(1), at(1), at(2)])).toBe(2);
    expect(peakOverlap([at(0, 10), at(10), at(10), at(11)])).toBe(3);
  });

  it('matches counting by brute force', () => {
    const ev = fc
      .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 10 }))
      .map(([start, len]) => ({ start, end: start + len }));
    fc.assert(
      fc.property(fc.array(ev, { maxLength: 25 }), (events) => {
        const brute = Math.max(
          0,
          ...events.map((e) => events.filter((o) => o.start <= e.start && o.end >= e.start).length),
        );
        expect(peakOverlap(events)).toBe(brute);
      }),
    );
  });

  it('gives a labelled lane rows for its busiest instant', () => {
    const layout = layoutLanes(assignLanes(dataset.events, 'people', dataset), scale);
    // Kim's lane: two spans ending as 2012 begins, and three events dated 2012.
    const kim = layout.bands[0]!;
    expect(kim.height).toBe(20 + (5 + 1) * 34);
  });
});
