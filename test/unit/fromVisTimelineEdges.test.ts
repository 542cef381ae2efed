// @vitest-environment node
// The corners of vis-timeline's format that real files hit: the shapes a file can take, how
// much of a date a value gives, zones, and the values that are not dates at all.
import { describe, expect, it } from 'vitest';
import { fromVisTimeline } from '../../src/formats/fromVisTimeline';

const problemsOf = (json: unknown) => {
  const result = fromVisTimeline(json);
  return 'problems' in result ? result.problems : [];
};

const eventsOf = (json: unknown) => {
  const result = fromVisTimeline(json);
  if ('problems' in result) throw new Error(result.problems.join('\n'));
  return result.dataset.events;
};

/** What one item's start reads as, or the problems it raises. */
const dateOf = (start: unknown) => {
  const result = fromVisTimeline([{ id: 1, content: 'x', start }]);
  return 'problems' in result ? result.problems : result.dataset.events[0]!.date;
};

describe('fromVisTimeline file shapes', () => {
  it('names a wrapper whose items or groups are not lists', () => {
    expect(problemsOf({ items: 'none' })).toEqual(['items: expected a list of items']);
    expect(problemsOf({ groups: [] })).toEqual(['items: expected a list of items']);
    expect(problemsOf({ items: [] })).toEqual(['items: no items to show']);
    expect(problemsOf({ items: [{ content: 'a', start: '2014' }], groups: 'g' })).toEqual([
      'groups: expected a list of groups',
    ]);
  });

  it('keeps an item’s group id as it is when the file lists no groups', () => {
    const events = eventsOf({ items: [{ content: 'a', start: '2014', group: 'band' }] });
    expect(events[0]!.group).toBe('band');
    expect(eventsOf([{ content: 'a', start: '2014', group: 3 }])[0]!.group).toBe('3');
    // An empty group is no group.
    expect(eventsOf([{ content: 'a', start: '2014', group: '' }])[0]!.group).toBeUndefined();
  });

  it('names a listed group by its content without markup, else by its id', () => {
    const result = fromVisTimeline({
      groups: [
        { id: 'a', content: '  <b>Band</b> years ' },
        { id: 'b', content: '<i></i>' },
      ],
      items: [
        { content: 'x', start: '2014', group: 'a' },
        { content: 'y', start: '2015', group: 'b' },
      ],
    });
    if ('problems' in result) throw new Error(result.problems.join());
    expect(result.dataset.groups).toEqual([
      { id: 'band-years', name: 'Band years' },
      { id: 'b', name: 'b' },
    ]);
    expect(result.dataset.events.map((e) => e.group)).toEqual(['band-years', 'b']);
  });

  it('reads an empty or null end as a point, not a span', () => {
    for (const end of ['', null]) {
      const [event] = eventsOf([{ content: 'a', start: '2014-04-20', end }]);
      expect(event!.end).toBeUndefined();
    }
    // An end equal to the start is a point too.
    expect(eventsOf([{ content: 'a', start: '2014', end: '2014' }])[0]!.end).toBeUndefined();
    // A bad end is named as the end.
    expect(problemsOf([{ content: 'a', start: '2014', end: 'later' }])).toEqual([
      '[0].end: expected a date like 2014-04-20 or 2014-04-20T09:30, got "later"',
    ]);
  });

  it('links by a string id, but not by a numeric one', () => {
    const ids = eventsOf([
      { id: 'launch-day', content: 'Launch', start: '1969' },
      { id: 42, content: 'Answer', start: '1970' },
      { id: '42', content: 'Again', start: '1971' },
    ]).map((e) => e.id);
    expect(ids).toEqual(['launch-day', 'answer', 'again']);
  });

  it('takes an item’s title, markup and all, as its summary', () => {
    const [event] = eventsOf([{ content: 'a', start: '2014', title: 'A <i>tip</i>' }]);
    expect(event!.summary).toBe('A tip');
    expect(eventsOf([{ content: 'a', start: '2014' }])[0]!.summary).toBe('');
  });
});

describe('fromVisTimeline dates', () => {
  it.each<[string, unknown, string]>([
    ['a year', '2014', '2014'],
    ['a month', '2014-04', '2014-04'],
    ['a day, spaces around it', ' 2014-04-20 ', '2014-04-20'],
    ['a minute', '2014-04-20T09:30', '2014-04-20T09:30'],
    ['a second, a space for the T', '2014-04-20 09:30:15', '2014-04-20T09:30:15'],
    ['a fraction of a second, dropped', '2014-04-20T09:30:15.250Z', '2014-04-20T09:30:15'],
    ['a zone behind UTC', '2014-04-20T21:30-05:00', '2014-04-21T02:30'],
    ['a zone ahead, no colon', '2014-04-20T09:30+0530', '2014-04-20T04:00'],
    ['a zone with minutes behind', '2014-04-20T09:30-0230', '2014-04-20T12:00'],
    ['epoch ms at midnight: a day', Date.UTC(2014, 3, 20), '2014-04-20'],
    ['epoch ms on a minute', Date.UTC(2014, 3, 20, 9, 30), '2014-04-20T09:30'],
    ['epoch ms between minutes', Date.UTC(2014, 3, 20, 9, 30, 5), '2014-04-20T09:30:05'],
    ['the first year we take', '-9999', '-9999'],
    ['the last year we take', '9999-12-31T23:59:59', '9999-12-31T23:59:59'],
  ])('reads %s', (_name, start, expected) => {
    expect(dateOf(start)).toBe(expected);
  });

  it.each<[string, unknown, string]>([
    ['an hour past 23', '2014-04-20T24:00', 'not a date'],
    ['a minute past 59', '2014-04-20T09:60', 'not a date'],
    ['a second past 59', '2014-04-20T09:30:60', 'not a date'],
    ['day 31 of a 30-day month', '2014-04-31', 'not a date'],
    ['day 0', '2014-04-00', 'not a date'],
    ['a year before the first we take', '-010000-01-01', 'not a date'],
    ['a zone that is not one', '2014-04-20T09:30+5', 'expected a date like'],
    ['a number that is not finite', Infinity, 'expected a date like'],
    ['something else', true, 'expected a date like'],
    ['epoch ms past 9999', Date.UTC(10_000, 0, 1), 'expected a year from -9999 to 9999'],
    ['epoch ms before -9999', Date.UTC(-10_000, 0, 1), 'expected a year from -9999 to 9999'],
    ['a zone that moves the last instant past 9999', '9999-12-31T23:30-01:00', 'expected a year'],
  ])('refuses %s', (_name, start, problem) => {
    const problems = dateOf(start);
    expect(problems).toEqual([expect.stringContaining(problem)]);
    expect(problems[0]).toMatch(/^\[0\]\.start: /);
  });
});
