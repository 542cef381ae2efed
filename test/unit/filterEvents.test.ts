// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  searchIndexOf,
  filterEvents,
  isFiltering,
  NO_FILTER,
  type EventFilter,
} from '../../src/domain/filterEvents';
import type { Dataset, TimelineEvent } from '../../src/domain/types';
import { bundledDataset, groupedDataset, makeEvent } from './testData';

// Built before each test, not at load: Stryker counts code run outside a test as "static" and
// then re-runs every test for each of its mutants.
let dataset: Dataset;
let index: ReturnType<typeof buildSearchIndex>;
beforeEach(() => {
  dataset = bundledDataset();
  index = buildSearchIndex(dataset);
});
const ids = (filter: Partial<EventFilter>) =>
  filterEvents(dataset.events, { ...NO_FILTER, ...filter }, index).map((e) => e.id);

// Spans and points at the edges of years, and a quote said by someone named nowhere else.
const edgeEvents = (): TimelineEvent[] =>
  [
    makeEvent('winter-span', '2010-12', { endText: '2011-01' }),
    makeEvent('new-years-eve', '2011-12-31'),
    makeEvent('new-years-day', '2012-01-01'),
    makeEvent('cafe', '2012-06', {
      title: 'Café Beyoncé',
      quotes: [{ text: 'Bonjour tout le monde', speaker: 'zed', source: 's' }],
    }),
  ].map((e, i) => ({ ...e, index: i }));
const edgePeople = new Map([['zed', { id: 'zed', name: 'Zed Zebrowski' }]]);
const edgeIds = (filter: Partial<EventFilter>) => {
  const edges = edgeEvents();
  const edgeIndex = buildSearchIndex({ events: edges, peopleById: edgePeople });
  return filterEvents(edges, { ...NO_FILTER, ...filter }, edgeIndex).map((e) => e.id);
};

describe('filterEvents on the bundled dataset', () => {
  it('keeps every event without a filter', () => {
    expect(ids({})).toEqual(dataset.events.map((e) => e.id));
  });

  it.each<[string, Partial<EventFilter>, string[]]>([
    ['one person', { people: ['kris-humphries'] }, ['marriage-to-kris-humphries']],
    [
      'any of two people',
      { people: ['kris-humphries', 'north-west'] },
      ['marriage-to-kris-humphries', 'north-west-born'],
    ],
    ['a person with no events', { people: ['nobody'] }, []],
    ['one year, inclusive', { from: 2013, to: 2013 }, ['north-west-born', 'proposal']],
    [
      'spans reaching into the year',
      { from: 2011, to: 2011 },
      ['magnetic-attraction', 'years-of-friendship', 'marriage-to-kris-humphries'],
    ],
    ['from alone', { from: 2014 }, ['florence-wedding']],
    ['to alone', { to: 2002 }, ['first-meeting', 'magnetic-attraction', 'years-of-friendship']],
    ['a word in a quote only', { q: 'courageous' }, ['magnetic-attraction']],
    ['a straight apostrophe for a curly one', { q: "didn't happen" }, ['paris-fashion-show']],
    ['upper case', { q: 'FLORENCE' }, ['florence-wedding']],
    ['all words must match', { q: 'paris sooner' }, ['paris-fashion-show']],
    ['words that never meet', { q: 'paris florence' }, []],
    [
      'person AND year AND text',
      { people: ['kim'], from: 2012, q: 'paris' },
      ['paris-fashion-show'],
    ],
    ['person AND text that exclude each other', { people: ['kris-humphries'], q: 'paris' }, []],
  ])('%s', (_name, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });
});

describe('filterEvents at the edges', () => {
  it.each<[string, Partial<EventFilter>, string[]]>([
    [
      'a span overlapping the start of the range',
      { from: 2011 },
      ['winter-span', 'new-years-eve', 'new-years-day', 'cafe'],
    ],
    ['a span overlapping the end of the range', { to: 2010 }, ['winter-span']],
    ['31 December is in its year', { to: 2011 }, ['winter-span', 'new-years-eve']],
    ['1 January is not in the year before', { from: 2012 }, ['new-years-day', 'cafe']],
    ['accents ignored in the query', { q: 'beyonce' }, ['cafe']],
    ['accents ignored in the text', { q: 'CAFÉ' }, ['cafe']],
    ['a speaker name', { q: 'zebrowski' }, ['cafe']],
    ['quote text', { q: 'monde' }, ['cafe']],
  ])('%s', (_name, filter, expected) => {
    expect(edgeIds(filter)).toEqual(expected);
  });
});

describe('filterEvents without a filter', () => {
  it('gives back the very list, so what is kept per list (the layout index) is kept', () => {
    expect(filterEvents(dataset.events, NO_FILTER, index)).toBe(dataset.events);
    // A blank query is no filter either; a real one makes a new list.
    expect(filterEvents(dataset.events, { ...NO_FILTER, q: '  ' }, index)).toBe(dataset.events);
    expect(filterEvents(dataset.events, { ...NO_FILTER, from: 2002 }, index)).not.toBe(
      dataset.events,
    );
  });
});

describe('filterEvents properties', () => {
  // The bundled dataset's people, written out so the arbitrary needs no dataset at load.
  const personIds = ['kim', 'kanye', 'kris-humphries', 'north-west'];
  const filterArb = fc.record({
    people: fc.subarray([...personIds, 'nobody']),
    groups: fc.constant([]),
    from: fc.option(fc.integer({ min: 2000, max: 2016 }), { nil: undefined }),
    to: fc.option(fc.integer({ min: 2000, max: 2016 }), { nil: undefined }),
    q: fc.constantFrom('', 'kim', 'paris', 'Kanye west', 'marriage', 'zzz', '  ', 'it was'),
  });

  it('draws from every person in the dataset', () => {
    expect(dataset.people.map((p) => p.id).sort()).toEqual([...personIds].sort());
  });

  it('never adds events and keeps their order (a subsequence)', () => {
    fc.assert(
      fc.property(filterArb, (filter) => {
        const out = filterEvents(dataset.events, filter, index);
        expect(out.length).toBeLessThanOrEqual(dataset.events.length);
        const positions = out.map((e) => dataset.events.indexOf(e));
        expect(positions.every((p) => p >= 0)).toBe(true);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        expect(new Set(positions).size).toBe(positions.length);
      }),
    );
  });

  it('keeps exactly the events whose years overlap the range and that have a chosen person', () => {
    fc.assert(
      fc.property(filterArb, (filter) => {
        const out = new Set(filterEvents(dataset.events, { ...filter, q: '' }, index));
        for (const e of dataset.events) {
          const lastYear = (e.endDate ?? e.date).year;
          const inYears =
            e.date.year <= (filter.to ?? Infinity) && lastYear >= (filter.from ?? -Infinity);
          const hasPerson =
            filter.people.length === 0 || e.people.some((p) => filter.people.includes(p));
          expect(out.has(e), e.id).toBe(inYears && hasPerson);
        }
      }),
    );
  });

  it('clearing the filter restores every event, one part at a time or all at once', () => {
    const clearings: Partial<EventFilter>[] = [
      { people: [] },
      { from: undefined, to: undefined },
      { q: '' },
    ];
    fc.assert(
      fc.property(filterArb, fc.shuffledSubarray([0, 1, 2]), (filter, order) => {
        let current: EventFilter = filter;
        let shown = filterEvents(dataset.events, current, index);
        // Each part cleared only brings events back: what was shown is still shown.
        for (const part of order) {
          current = { ...current, ...clearings[part] };
          const next = filterEvents(dataset.events, current, index);
          expect(shown.every((e) => next.includes(e))).toBe(true);
          shown = next;
        }
        // With every part cleared, it is no filter at all: every event, in order.
        const cleared = {
          ...current,
          people: [],
          groups: [],
          from: undefined,
          to: undefined,
          q: '',
        };
        expect(isFiltering(cleared)).toBe(false);
        expect(filterEvents(dataset.events, cleared, index)).toEqual(dataset.events);
        expect(filterEvents(dataset.events, NO_FILTER, index)).toEqual(dataset.events);
        // A filter that says it is not filtering (a blank search) shows every event too.
        if (!isFiltering(filter)) {
          expect(filterEvents(dataset.events, filter, index)).toEqual(dataset.events);
        }
      }),
    );
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, q: '   ' })).toBe(false);
    expect(isFiltering({ ...NO_FILTER, from: 2012 })).toBe(true);
    expect(isFiltering({ ...NO_FILTER, people: ['kim'] })).toBe(true);
    expect(isFiltering({ ...NO_FILTER, groups: ['first'] })).toBe(true);
  });
});

describe('filterEvents with ancient years', () => {
  // Date.UTC would put year 79 in 1979 and miss these; the filter uses yearStart instead.
  const pick = (from: number, to: number) => {
    const ancient = [
      makeEvent('thermopylae', '-0479'),
      makeEvent('vesuvius', '0079-08-24'),
      makeEvent('year-one', '0001'),
    ].map((e, i) => ({ ...e, index: i }));
    const ancientIndex = buildSearchIndex({ events: ancient, peopleById: new Map() });
    return filterEvents(ancient, { ...NO_FILTER, from, to }, ancientIndex).map((e) => e.id);
  };

  it.each<[number, number, string[]]>([
    [79, 79, ['vesuvius']],
    [-479, -479, ['thermopylae']],
    [-500, 1, ['thermopylae', 'year-one']],
    [1, 100, ['vesuvius', 'year-one']],
    [1979, 1979, []],
  ])('from %i to %i', (from, to, expected) => {
    expect(pick(from, to).sort()).toEqual(expected.sort());
  });
});

describe('searchIndexOf', () => {
  it('is the search index, made once per dataset', () => {
    const own = bundledDataset();
    const first = searchIndexOf(own);
    expect(first).toEqual(buildSearchIndex(own));
    expect(searchIndexOf(own)).toBe(first);
    expect(searchIndexOf(bundledDataset())).not.toBe(first);
  });
});

describe('filterEvents by group', () => {
  // vis-timeline's groups example: items in `first`, `third` and `second`; plus two of our own,
  // one in no group at all and one in a group the story doesn't list.
  let grouped: Dataset;
  let events: TimelineEvent[];
  let groupIndex: ReturnType<typeof buildSearchIndex>;
  beforeEach(() => {
    grouped = groupedDataset();
    const loose = [
      makeEvent('no-group', '2014-04-18'),
      makeEvent('stray-group', '2014-04-19', { group: 'elsewhere' }),
    ];
    events = [...grouped.events, ...loose].map((e, i) => ({ ...e, index: i }));
    groupIndex = buildSearchIndex({ events, peopleById: new Map() });
  });
  const pick = (filter: Partial<EventFilter>) =>
    filterEvents(events, { ...NO_FILTER, ...filter }, groupIndex).map((e) => e.id);

  it('keeps every event, grouped or not, when no group is chosen', () => {
    expect(pick({})).toEqual(events.map((e) => e.id));
  });

  it.each<[string, Partial<EventFilter>, string[]]>([
    ['one group', { groups: ['first'] }, ['item-0', 'item-1']],
    ['any of two groups', { groups: ['second', 'first'] }, ['item-0', 'item-1', 'item-5']],
    ['a group no event is in', { groups: ['nowhere'] }, []],
    ['a group only a stray event names', { groups: ['elsewhere'] }, ['stray-group']],
    ['group AND text', { groups: ['third'], q: 'item 4' }, ['item-4']],
    ['group AND years that exclude each other', { groups: ['third'], from: 2015 }, []],
  ])('%s', (_name, filter, expected) => {
    expect(pick(filter)).toEqual(expected);
  });

  // The fixture's groups, written out so the arbitrary needs no dataset at load.
  const groupIds = ['first', 'third', 'second', 'elsewhere', 'nowhere'];

  it('draws from every group in the dataset', () => {
    expect(grouped.groups.map((g) => g.id)).toEqual(groupIds.slice(0, 3));
  });
  const groupFilterArb = fc.record({
    people: fc.constant([]),
    groups: fc.subarray(groupIds),
    q: fc.constant(''),
  });

  it('keeps exactly the events in a chosen group, in order; none chosen keeps all', () => {
    fc.assert(
      fc.property(groupFilterArb, (filter) => {
        const out = filterEvents(events, filter, groupIndex);
        const expected = events.filter(
          (e) => filter.groups.length === 0 || filter.groups.includes(e.group ?? ''),
        );
        expect(out).toEqual(expected);
      }),
    );
  });

  it('choosing one more group only adds events (ANY of the groups)', () => {
    fc.assert(
      fc.property(groupFilterArb, fc.constantFrom(...groupIds), (filter, more) => {
        if (filter.groups.length === 0 || filter.groups.includes(more)) return;
        const before = filterEvents(events, filter, groupIndex);
        const after = filterEvents(
          events,
          { ...filter, groups: [...filter.groups, more] },
          groupIndex,
        );
        expect(before.every((e) => after.includes(e))).toBe(true);
      }),
    );
  });
});
