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

describe('describeFilter', () => {
  it.each<[EventFilter, string]>([
    [{ people: [], q: '' }, ''],
    [{ people: ['kris'], q: '' }, 'involving Kris Humphries'],
    [
      { people: ['kim', 'kanye', 'kris'], q: '' },
      'involving Kim Kardashian, Kanye West or Kris Humphries',
    ],
    [{ people: [], from: 2003, to: 2004, q: '' }, 'from 2003 to 2004'],
    [{ people: [], from: 2012, to: 2012, q: '' }, 'in 2012'],
    [{ people: [], from: 2012, q: '' }, 'from 2012 on'],
    [{ people: [], to: 2005, q: '' }, 'up to 2005'],
    [
      { people: ['kim'], from: 2003, to: 2004, q: ' paris ' },
      'involving Kim Kardashian, from 2003 to 2004, matching “paris”',
    ],
  ])('%j reads "%s"', (filter, text) => {
    expect(describeFilter(filter, nameOf)).toBe(text);
  });
});
