// @vitest-environment node
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { assignLanes } from '../../src/layout/assignLanes';
import { layoutLanes, peakOverlap } from '../../src/layout/layoutLanes';
import { timeScale } from '../../src/layout/timeScale';
import { bundledDataset } from './testData';
import type { Dataset } from '../../src/domain/types';

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
