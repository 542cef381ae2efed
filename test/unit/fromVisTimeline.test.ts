// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/domain/parseDataset';
import { convertAny } from '../../src/formats/convertAny';
import { fromVisTimeline } from '../../src/formats/fromVisTimeline';

function convert(name: string) {
  const result = convertAny(readFileSync(`test/fixtures/formats/${name}`, 'utf8'), name);
  if ('problems' in result) throw new Error(result.problems.join('\n'));
  const parsed = parseDataset(result.dataset);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return { json: result.dataset, dataset: parsed.dataset };
}

const problemsOf = (json: unknown) => {
  const result = fromVisTimeline(json);
  return 'problems' in result ? result.problems : [];
};

describe('fromVisTimeline on real vis-timeline data', () => {
  it('basic.json: a bare item list, points and a range, in date order', () => {
    const { json, dataset } = convert('vis-basic.json');
    expect(json.title).toBe('vis-basic.json');
    expect(json.events.map((e) => [e.id, e.date, e.end])).toEqual([
      ['item-1', '2014-04-20', undefined],
      ['item-2', '2014-04-14', undefined],
      ['item-3', '2014-04-18', undefined],
      ['item-4', '2014-04-16', '2014-04-19'],
      ['item-5', '2014-04-25', undefined],
      ['item-6', '2014-04-27', undefined],
    ]);
    expect(dataset.events.map((e) => e.id)).toEqual([
      'item-2',
      'item-4',
      'item-3',
      'item-1',
      'item-5',
      'item-6',
    ]);
  });

  it('the dataSerialization example: times of day to the second', () => {
    const { dataset } = convert('vis-data-serialization.json');
    const span = dataset.eventsById.get('item-4')!;
    expect(new Date(span.start).toISOString()).toBe('2014-01-01T04:00:00.000Z');
    expect(new Date(span.end).toISOString()).toBe('2014-01-01T04:30:01.000Z');
    expect(span.date.precision).toBe('second');
  });

  it('the groupsOrdering example: {items, groups}, groups named by their content', () => {
    const { dataset } = convert('vis-groups-ordering.json');
    expect(dataset.groups).toEqual([
      { id: 'first', name: 'First' },
      { id: 'third', name: 'Third' },
      { id: 'second', name: 'Second' },
    ]);
    expect(dataset.eventsById.get('item-5')!.group).toBe('second');
    expect(dataset.events).toHaveLength(6);
  });
});

describe('fromVisTimeline mapping and problems', () => {
  it('reads epoch milliseconds, zones, BCE, background items as eras and string ids', () => {
    const result = fromVisTimeline([
      {
        id: 'launch',
        content: '<b>Launch</b>',
        start: Date.UTC(1969, 6, 16, 13, 32),
        title: 'Apollo <i>11</i>',
      },
      { id: 2, content: 'Zoned', start: '2014-01-01T01:00+02:00' },
      { id: 3, content: 'Old', start: '-0479-08-01' },
      { id: 4, content: 'Summer', start: '1969-06-21', end: '1969-09-23', type: 'background' },
    ]);
    if ('problems' in result) throw new Error(result.problems.join());
    const { events, eras } = result.dataset;
    expect(events.map((e) => [e.id, e.date, e.title])).toEqual([
      ['launch', '1969-07-16T13:32', 'Launch'],
      ['zoned', '2013-12-31T23:00', 'Zoned'],
      ['old', '-0479-08-01', 'Old'],
    ]);
    expect(events[0]!.summaryRich?.[0]?.children[1]).toEqual({
      type: 'italic',
      children: [{ type: 'text', text: '11' }],
    });
    expect(eras).toEqual([
      {
        id: 'summer',
        title: 'Summer',
        start: '1969-06-21',
        end: '1969-09-23',
        sources: ['imported'],
      },
    ]);
  });

  it('names every problem at once', () => {
    expect(
      problemsOf({
        groups: [{ id: 1, content: 'One' }, { content: 'no id' }],
        items: [
          { id: 1, content: 'a', start: '2014-13-01' },
          { id: 2, content: 'b' },
          { id: 3, content: 'c', start: '2014-04-20', end: '2014-04-01' },
          { id: 4, content: 'd', start: '2014-04-20', group: 7 },
          { id: 5, content: 'e', start: 'yesterday' },
          { id: 6, content: 'f', start: '+012014-01-01' },
          'nope',
        ],
      }),
    ).toEqual([
      'groups[1].id: required',
      'items[0].start: not a date from -9999 to 9999: "2014-13-01"',
      'items[1].start: required',
      'items[2].end: must not be before start',
      'items[3].group: unknown group 7',
      'items[4].start: expected a date like 2014-04-20 or 2014-04-20T09:30, got "yesterday"',
      'items[5].start: not a date from -9999 to 9999: "+012014-01-01"',
      'items[6]: expected an item object',
    ]);
    expect(problemsOf([])).toEqual(['(root): no items to show']);
  });
});
