// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/domain/parseDataset';
import { bundledJsonCopy } from './testData';

type Json = ReturnType<typeof bundledJsonCopy>;
type Mutable = Record<string, unknown>;

const DATE_MESSAGE = (got: string) =>
  `expected YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(got)}`;

const MISSING = Symbol('missing');

/** Set (or with MISSING, delete) the field at a path like `events[3].date`. */
function setAt(json: Json, path: string, value: unknown) {
  const keys = path.match(/[^.[\]]+/g)!;
  const parent = keys.slice(0, -1).reduce<Mutable>((node, key) => node[key] as Mutable, json);
  const last = keys[keys.length - 1]!;
  if (value === MISSING) delete parent[last];
  else parent[last] = value;
}

const event = (json: Json, i: number) => json.events[i] as unknown as Mutable;

describe('parseDataset', () => {
  it('accepts the bundled dataset, in date order, indexed', () => {
    const result = parseDataset(bundledJsonCopy());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { dataset } = result;
    expect(dataset.events).toHaveLength(10);
    expect(dataset.range).toMatchObject({ startYear: 2002, endYear: 2014 });
    expect(dataset.range.start).toBe(Date.UTC(2002, 0, 1));
    expect(dataset.range.end).toBe(Date.UTC(2015, 0, 1));
    dataset.events.forEach((e, i) => expect(e.index).toBe(i));
    expect(dataset.eventsById.get('proposal')?.date).toEqual({
      year: 2013,
      month: 10,
      day: 21,
      precision: 'day',
    });
    const marriage = dataset.eventsById.get('marriage-to-kris-humphries')!;
    expect(marriage.isSpan).toBe(true);
    expect(marriage.end).toBe(Date.UTC(2011, 10, 1));
  });

  it('sorts events by start, keeping the dataset order for ties', () => {
    const json = bundledJsonCopy();
    json.events.reverse();
    const result = parseDataset(json);
    if (!result.ok) throw new Error('refused');
    const starts = result.dataset.events.map((e) => e.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // Reversed input: the 2012 events come out in reversed narrative order.
    expect(result.dataset.events.filter((e) => e.date.year === 2012).map((e) => e.id)).toEqual([
      'going-public',
      'naysayers',
      'paris-fashion-show',
    ]);
  });

  // Each row breaks one field of the bundled dataset; the error must name that same place.
  it.each<[path: string, value: unknown, message: string | RegExp]>([
    ['events[3].date', '2012-13', DATE_MESSAGE('2012-13')],
    ['events[8].date', '2013-02-30', DATE_MESSAGE('2013-02-30')],
    ['events[4].date', '2012-1', DATE_MESSAGE('2012-1')],
    ['events[1].end', '2011-13', DATE_MESSAGE('2011-13')],
    ['events[0].quotes[1].said', '2019-00', DATE_MESSAGE('2019-00')],
    ['range.start', 'soon', DATE_MESSAGE('soon')],
    ['events[5].id', 'first-meeting', 'duplicate id "first-meeting"'],
    ['people[1].id', 'kim', 'duplicate id "kim"'],
    ['sources[1].id', 'article', 'duplicate id "article"'],
    ['events[2].people[1]', 'beyonce', 'unknown person "beyonce"'],
    ['events[7].sources[0]', 'tmz', 'unknown source "tmz"'],
    ['events[0].quotes[0].speaker', 'jay-z', 'unknown person "jay-z"'],
    ['events[0].quotes[0].source', 'tmz', 'unknown source "tmz"'],
    ['events[3].end', '2011-08-20', /must be after date \(2011-08-20\)/],
    ['events[3].end', '2011-08-01', /must be after date \(2011-08-20\)/],
    ['events[1].end', '2002-06', /must be after date \(2002\)/],
    ['events[9].date', '2015-01-01', /outside the dataset's range 2002–2014/],
    ['events[0].date', '2001', /outside the dataset's range 2002–2014/],
    ['events[2].end', '2016', /outside the dataset's range 2002–2014/],
    ['range.end', '2001', /range\.start/],
    ['events[2].title', MISSING, /expected|required|missing/i],
    ['events[0].title', '', 'must not be empty'],
    ['events[0].title', '   ', 'must not be empty'],
    ['events[0].title', 42, 'expected a string'],
    ['events', {}, 'expected a list of events'],
    ['events[0].sources', [], 'must cite at least one source'],
    ['events[0].id', 'First Meeting', /URL-safe id/],
    ['sources[0].url', 'not a url', /URL/],
    ['eras[0].start', '2002-13', DATE_MESSAGE('2002-13')],
    ['eras[1].end', '2011-08-01', /must not be before start \(2011-08-20\)/],
    ['eras[2].id', 'friends', 'duplicate id "friends"'],
    ['eras[0].sources[0]', 'tmz', 'unknown source "tmz"'],
    ['events[0].group', 'friends', 'unknown group "friends"'],
    ['events[0].date', '2002-01-01T25:00', /^expected YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS/],
  ])('refuses %s = %j, naming the place', (path, value, message) => {
    const json = bundledJsonCopy();
    setAt(json, path, value);
    const result = parseDataset(json);
    if (result.ok) throw new Error('expected the dataset to be refused');
    const error = result.errors.find((e) => e.path === path);
    expect(error, JSON.stringify(result.errors)).toBeDefined();
    expect(error!.message).toMatch(typeof message === 'string' ? exact(message) : message);
  });

  it('reads eras, groups, media and rich summaries', () => {
    const json = bundledJsonCopy() as unknown as Mutable & { events: Mutable[] };
    json.groups = [{ id: 'family', name: 'Family' }];
    Object.assign(json.events[7]!, {
      group: 'family',
      media: { url: 'img/north.jpg', alt: 'A baby', credit: 'AP' },
      summaryRich: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'Born in ' },
            {
              type: 'link',
              href: 'https://example.org/la',
              children: [{ type: 'text', text: 'LA' }],
            },
          ],
        },
      ],
    });
    const result = parseDataset(json);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { dataset } = result;
    expect(dataset.eras.map((e) => e.id)).toEqual([
      'friends',
      'humphries-marriage',
      'couple',
      'married',
    ]);
    const couple = dataset.eras.find((e) => e.id === 'couple')!;
    expect(couple.start).toBe(Date.UTC(2012, 0, 1));
    expect(couple.end).toBe(Date.UTC(2014, 4, 24));
    expect(dataset.groupsById.get('family')?.name).toBe('Family');
    const born = dataset.eventsById.get('north-west-born')!;
    expect(born.group).toBe('family');
    expect(born.media?.url).toBe('img/north.jpg');
    expect(born.summaryRich?.[0]?.children[1]).toMatchObject({ type: 'link' });
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    [' javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['data:image/png;base64,AAAA'],
    ['vbscript:x'],
    [''],
  ])('refuses the media URL %j', (url) => {
    const json = bundledJsonCopy() as unknown as { events: Mutable[] };
    json.events[0]!.media = { url };
    const result = parseDataset(json);
    const error = result.ok
      ? undefined
      : result.errors.find((e) => e.path === 'events[0].media.url');
    expect(error?.message).toMatch(/^expected an http\(s\) or relative URL/);
  });

  it.each([['https://example.org/a.jpg'], ['img/a.jpg'], ['/a.mp3'], ['//cdn.example.org/a.png']])(
    'accepts the media URL %j',
    (url) => {
      const json = bundledJsonCopy() as unknown as { events: Mutable[] };
      json.events[0]!.media = { url };
      expect(parseDataset(json).ok).toBe(true);
    },
  );

  it('refuses a rich summary node of an unknown type, naming it', () => {
    const json = bundledJsonCopy() as unknown as { events: Mutable[] };
    json.events[0]!.summaryRich = [{ type: 'script', children: [] }];
    const result = parseDataset(json);
    expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'events[0].summaryRich[0].type: expected "paragraph"',
    ]);
  });

  it('refuses a rich summary linking anywhere but http(s)', () => {
    const json = bundledJsonCopy() as unknown as { events: Mutable[] };
    json.events[0]!.summaryRich = [
      {
        type: 'paragraph',
        children: [{ type: 'link', href: 'javascript:alert(1)', children: [] }],
      },
    ];
    const result = parseDataset(json);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
      'events[0].summaryRich[0].children[0].href',
    ]);
  });

  it('accepts BCE and times of day, and a dataset without eras or groups', () => {
    const json = bundledJsonCopy() as unknown as Mutable & { events: Mutable[] };
    delete json.eras;
    json.range = { start: '-0500', end: '2014' };
    json.events[0]!.date = '-0479';
    json.events[1]!.date = '2002-03-04T09:30';
    json.events[1]!.end = '2002-03-04T10:15:30';
    const result = parseDataset(json);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.dataset.eras).toEqual([]);
    expect(result.dataset.events[0]!.date).toEqual({ year: -479, precision: 'year' });
  });

  it.each([[null], [42], ['dataset'], [[]], [{}], [undefined]])('refuses %j', (input) => {
    const result = parseDataset(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });

  it('names the root when the input is not an object at all', () => {
    const result = parseDataset('dataset');
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['(root)']);
  });

  it('reports every problem, not just the first', () => {
    const json = bundledJsonCopy();
    setAt(json, 'events[0].date', '2012-13');
    setAt(json, 'events[6].people[0]', 'nobody');
    const result = parseDataset(json);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['events[0].date', 'events[6].people[0]']),
    );
  });

  it('never throws on arbitrary JSON, and refuses it with paths', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseDataset(input);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(typeof e.path).toBe('string');
        }
      }),
    );
  });

  it('never throws when one field of a good dataset is replaced by anything', () => {
    const keys = ['id', 'date', 'end', 'title', 'people', 'sources', 'quotes', 'tags'];
    fc.assert(
      fc.property(fc.nat(9), fc.constantFrom(...keys), fc.jsonValue(), (i, key, value) => {
        const json = bundledJsonCopy();
        event(json, i)[key] = value;
        expect(() => parseDataset(json)).not.toThrow();
      }),
    );
  });
});

function exact(text: string) {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
