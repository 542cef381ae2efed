// @vitest-environment node
// The pieces every reader shares, tested directly: date fields, times of day, ids and span order.
// The readers' own tests go through whole files; these pin the edges those files never reach.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isEmptyDate,
  parseTimeOfDay,
  readDateParts,
  type DatePart,
} from '../../src/formats/readDateParts';
import { slugify, uniqueSlugs } from '../../src/formats/slugify';
import { spanOrder } from '../../src/formats/spanOrder';

type Fields = Partial<Record<DatePart, unknown>>;

/** readDateParts on plain fields, placed as `d.<part>`: the ISO date, or the problems. */
function read(fields: Fields): string | string[] {
  const problems: string[] = [];
  const date = readDateParts(
    { value: (part) => fields[part], place: (part) => `d.${part}` },
    problems,
  );
  if (date === null) return problems;
  expect(problems).toEqual([]);
  return date;
}

describe('readDateParts', () => {
  it.each<[Fields, string]>([
    [{ year: 2016 }, '2016'],
    [{ year: '-479' }, '-0479'],
    [{ year: ' 79 ', month: '8' }, '0079-08'],
    [{ year: '+2016', month: 11, day: 13 }, '2016-11-13'],
    [{ year: 2016, month: 11, day: 13, hour: 9 }, '2016-11-13T09:00'],
    [{ year: 2016, month: 11, day: 13, hour: 9, minute: 30 }, '2016-11-13T09:30'],
    [{ year: 2016, month: 11, day: 13, hour: 9, minute: 30, second: 5 }, '2016-11-13T09:30:05'],
    [{ year: 2016, month: 2, day: 29, hour: 23, minute: 59, second: 59 }, '2016-02-29T23:59:59'],
    [{ year: -9999, month: 1, day: 1, hour: 0, minute: 0, second: 0 }, '-9999-01-01T00:00:00'],
    [{ year: 9999, month: 12, day: 31 }, '9999-12-31'],
    [{ year: 2016, month: '', day: null, hour: undefined }, '2016'],
  ])('%j is %s', (fields, iso) => {
    expect(read(fields)).toBe(iso);
  });

  it.each<[Fields, string[]]>([
    [{ year: 10000 }, ['d.year: expected a year from -9999 to 9999, got 10000']],
    [{ year: -10000 }, ['d.year: expected a year from -9999 to 9999, got -10000']],
    [{ year: 2016, month: 0 }, ['d.month: expected 1 to 12, got 0']],
    [{ year: 2016, month: 13 }, ['d.month: expected 1 to 12, got 13']],
    [{ year: 2016, month: 1, day: 0 }, ['d.day: expected 1 to 31, got 0']],
    [{ year: 2015, month: 2, day: 29 }, ['d.day: expected 1 to 28, got 29']],
    [{ year: 2016, month: 1, day: 1, hour: 24 }, ['d.hour: expected 0 to 23, got 24']],
    [{ year: 2016, month: 1, day: 1, hour: -1 }, ['d.hour: expected 0 to 23, got -1']],
    [{ year: 2016, month: 1, day: 1, hour: 1, minute: 60 }, ['d.minute: expected 0 to 59, got 60']],
    [
      { year: 2016, month: 1, day: 1, hour: 1, minute: 1, second: 60 },
      ['d.second: expected 0 to 59, got 60'],
    ],
    [{ year: 2016.5 }, ['d.year: expected a whole number, got 2016.5']],
    [{ year: '2016.5' }, ['d.year: expected a whole number, got "2016.5"']],
    [{ year: '1e3' }, ['d.year: expected a whole number, got "1e3"']],
    [{ year: true }, ['d.year: expected a whole number, got true']],
    [{ month: 3 }, ['d.year: required']],
    [{ year: 2016, day: 3 }, ['d.month: required when a day is given']],
    [{ year: 2016, month: 3, hour: 9 }, ['d.day: required with a time of day']],
    [
      { year: 2016, month: 3, day: 1, minute: 9 },
      ['d.hour: required when minutes or seconds are given'],
    ],
    [
      { year: 2016, month: 3, day: 1, second: 9 },
      ['d.hour: required when minutes or seconds are given'],
    ],
    [
      { year: 'x', month: 13, day: 40 },
      [
        'd.year: expected a whole number, got "x"',
        'd.month: expected 1 to 12, got 13',
        'd.day: expected 1 to 31, got 40',
      ],
    ],
  ])('refuses %j, naming each field', (fields, problems) => {
    expect(read(fields)).toEqual(problems);
  });

  it('adds only its own problems to those already found', () => {
    const problems = ['earlier'];
    const fields = { value: (part: DatePart) => (part === 'year' ? 2016 : undefined) };
    expect(readDateParts({ ...fields, place: (p) => p }, problems)).toBe('2016');
    expect(problems).toEqual(['earlier']);
  });

  it('reads any valid day of any month, to the second', () => {
    const date = fc.record({
      year: fc.integer({ min: -9999, max: 9999 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.integer({ min: 0, max: 59 }),
    });
    const two = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(date, (d) => {
        const y = `${d.year < 0 ? '-' : ''}${String(Math.abs(d.year)).padStart(4, '0')}`;
        expect(read(d)).toBe(
          `${y}-${two(d.month)}-${two(d.day)}T${two(d.hour)}:${two(d.minute)}:${two(d.second)}`,
        );
      }),
    );
  });
});

describe('isEmptyDate', () => {
  it('is empty only when no field has a value', () => {
    const empty = (fields: Fields) => isEmptyDate({ value: (p) => fields[p], place: (p) => p });
    expect(empty({})).toBe(true);
    expect(empty({ year: '', month: '  ', day: null })).toBe(true);
    expect(empty({ second: 0 })).toBe(false);
    expect(empty({ hour: ' 9 ' })).toBe(false);
  });
});

describe('parseTimeOfDay', () => {
  it.each([
    ['14:30', { hour: 14, minute: 30 }],
    ['9:30:15', { hour: 9, minute: 30, second: 15 }],
    [' 23:59:59 ', { hour: 23, minute: 59, second: 59 }],
    ['0:00', { hour: 0, minute: 0 }],
    ['2:30 PM', { hour: 14, minute: 30 }],
    ['2:30pm', { hour: 14, minute: 30 }],
    ['9 PM', { hour: 21, minute: 0 }],
    ['12 a.m.', { hour: 0, minute: 0 }],
    ['12 p.m.', { hour: 12, minute: 0 }],
    ['12:15 AM', { hour: 0, minute: 15 }],
    ['11:59:30 p', { hour: 23, minute: 59, second: 30 }],
    ['1 A.M.', { hour: 1, minute: 0 }],
  ])('%s', (text, time) => {
    expect(parseTimeOfDay(text)).toEqual(time);
  });

  it.each([
    '9',
    '24:00',
    '23:60',
    '23:59:60',
    '0 PM',
    '13 PM',
    '9 m',
    'noon',
    '9:5',
    '',
    '1:00 PMX',
  ])('refuses %j', (text) => {
    expect(parseTimeOfDay(text)).toBeNull();
  });
});

describe('slugify', () => {
  it.each([
    ['Rózsa Péter writes recursion', 'rozsa-peter-writes-recursion'],
    ['  --Hello,   World!--  ', 'hello-world'],
    ['ÅNGSTRÖM 1970s', 'angstrom-1970s'],
    ['日本', 'fallback'],
    ['', 'fallback'],
    // Cut at 60 characters, and no dash left hanging where the cut fell.
    [`${'a'.repeat(59)} b`, 'a'.repeat(59)],
    [`${'a'.repeat(60)}bbb`, 'a'.repeat(60)],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text, 'fallback')).toBe(slug);
  });

  it('is always URL-safe, at most 60 characters, never edged with a dash', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const slug = slugify(text, 'x');
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(60);
      }),
    );
  });
});

describe('uniqueSlugs', () => {
  it('numbers repeats from 2, per list', () => {
    const id = uniqueSlugs();
    expect(['Test', 'test', 'TEST!', 'test-2', ''].map((t) => id(t, 'event'))).toEqual([
      'test',
      'test-2',
      'test-3',
      'test-2-2',
      'event',
    ]);
    expect(uniqueSlugs()('Test', 'event')).toBe('test');
  });
});

describe('spanOrder', () => {
  it.each<[string, string | undefined, ReturnType<typeof spanOrder>]>([
    ['1943', undefined, 'point'],
    ['1943-07', '1943-07-31', 'point'],
    ['1943-07', '1943-07', 'point'],
    ['1943', '1943-12', 'point'],
    ['1943-07', '1943-08', 'span'],
    ['1943-07-31', '1943-08', 'span'],
    ['1943-07-31T23:59', '1943-08-01', 'span'],
    ['1943-07', '1943-06-30', 'backwards'],
    ['1943-07-01', '1943-07-01T00:00', 'point'],
  ])('%s to %s is a %s', (start, end, order) => {
    expect(spanOrder(start, end)).toBe(order);
  });
});
