// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countByPerson } from '../../src/domain/countByPerson';
import { groupByYear } from '../../src/domain/groupByYear';
import { bundledDataset } from './testData';

const { events } = bundledDataset();

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
});
