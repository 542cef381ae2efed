// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeFilter } from '../../src/domain/describeFilter';
import type { EventFilter } from '../../src/domain/filterEvents';

const names: Record<string, string> = {
  kim: 'Kim Kardashian',
  kanye: 'Kanye West',
  kris: 'Kris Humphries',
};
const nameOf = (id: string) => names[id] ?? id;
const groupNames: Record<string, string> = { first: 'First round', second: 'Second round' };
const groupNameOf = (id: string) => groupNames[id] ?? id;

describe('describeFilter', () => {
  const f = (patch: Partial<EventFilter>): EventFilter => ({
    people: [],
    groups: [],
    q: '',
    ...patch,
  });

  it.each<[EventFilter, string]>([
    [f({ people: [], q: '' }), ''],
    [f({ people: ['kris'], q: '' }), 'involving Kris Humphries'],
    [
      f({ people: ['kim', 'kanye', 'kris'] }),
      'involving Kim Kardashian, Kanye West or Kris Humphries',
    ],
    [f({ people: [], from: 2003, to: 2004, q: '' }), 'from 2003 to 2004'],
    [f({ people: [], from: 2012, to: 2012, q: '' }), 'in 2012'],
    [f({ people: [], from: 2012, q: '' }), 'from 2012 on'],
    [f({ people: [], to: 2005, q: '' }), 'up to 2005'],
    [
      f({ people: ['kim'], from: 2003, to: 2004, q: ' paris ' }),
      'involving Kim Kardashian, from 2003 to 2004, matching “paris”',
    ],
  ])('%j reads "%s"', (filter, text) => {
    expect(describeFilter(filter, nameOf, groupNameOf)).toBe(text);
  });

  it.each<[EventFilter, string]>([
    [f({ groups: ['first'] }), 'in group First round'],
    [f({ groups: ['first', 'second'] }), 'in groups First round or Second round'],
    [
      f({ people: ['kim'], groups: ['second'], from: 2012, q: 'paris' }),
      'involving Kim Kardashian, in group Second round, from 2012 on, matching “paris”',
    ],
  ])('names the groups by their names: %j reads "%s"', (filter, text) => {
    expect(describeFilter(filter, nameOf, groupNameOf)).toBe(text);
  });

  it('falls back to a group id where no name is given', () => {
    expect(describeFilter(f({ groups: ['first'] }), nameOf)).toBe('in group first');
  });
});
