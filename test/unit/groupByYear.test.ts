// @vitest-environment node
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { countByPerson } from '../../src/domain/countByPerson';
import { groupByYear } from '../../src/domain/groupByYear';
import { bundledDataset } from './testData';
import type { TimelineEvent } from '../../src/domain/types';

// Made before each test, not at load: Stryker counts code run outside a test as "static" and
// then re-runs every test for each of its mutants.
let events: TimelineEvent[];
beforeEach(() => {
  events = bundledDataset().events;
});

describe('groupByYear', () => {
  it('keeps every event, in order, under the year it starts in', () => {
    const groups = groupByYear(events);
    expect(groups.map(([year]) => year)).toEqual([2002, 2011, 2012, 2013, 2014]);
    expect(groups.flatMap(([, items]) => items)).toEqual(events);
    for (const [year, items] of groups) for (const e of items) expect(e.date.year).toBe(year);
  });

  it('is empty for no events', () => {
    expect(groupByYear([])).toEqual([]);
  });
});

describe('countByPerson', () => {
  it('counts the events each person is in', () => {
    const counts = countByPerson(events);
    expect(counts.get('kris-humphries')).toBe(1);
    expect(counts.get('kim')).toBe(events.filter((e) => e.people.includes('kim')).length);
    expect(counts.has('nobody')).toBe(false);
  });

  it('equals counting name by name, when lists are shared between events and when not', () => {
    const people = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 3 });
    fc.assert(
      fc.property(
        fc.array(people, { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat()),
        (lists, picks) => {
          // Some events share a list object, as the worker's do; some bring their own copy.
          const list = picks.map((p, i) => ({
            people: i % 2 ? lists[p % lists.length]! : [...lists[p % lists.length]!],
          }));
          const expected = new Map<string, number>();
          for (const { people } of list)
            for (const id of people) expected.set(id, (expected.get(id) ?? 0) + 1);
          expect(new Map([...countByPerson(list)].sort())).toEqual(new Map([...expected].sort()));
        },
      ),
    );
  });
});
