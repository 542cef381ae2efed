// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  endOf,
  formatIsoPartial,
  parsePartialDate,
  startOf,
} from '../../src/domain/partialDate';

describe('parsePartialDate', () => {
  it.each([
    ['2012', { year: 2012, precision: 'year' }],
    ['2013-10', { year: 2013, month: 10, precision: 'month' }],
    ['2014-05-24', { year: 2014, month: 5, day: 24, precision: 'day' }],
    ['2012-02-29', { year: 2012, month: 2, day: 29, precision: 'day' }],
    ['2000-02-29', { year: 2000, month: 2, day: 29, precision: 'day' }],
    ['2013-12-31', { year: 2013, month: 12, day: 31, precision: 'day' }],
  ])('reads %s', (text, expected) => {
    expect(parsePartialDate(text)).toEqual(expected);
  });

  it.each([
    ['2012-13', 'month 13'],
    ['2012-00', 'month 0'],
    ['2013-02-30', 'no 30 February'],
    ['2013-02-29', 'not a leap year'],
    ['1900-02-29', 'century, not a leap year'],
    ['2013-04-31', 'April has 30 days'],
    ['2013-01-00', 'day 0'],
    ['2012-1', 'month needs two digits'],
    ['2012-01-1', 'day needs two digits'],
    ['12', 'two-digit year'],
    ['20120', 'five-digit year'],
    ['2012-', 'trailing dash'],
    [' 2012', 'leading space'],
    ['2012 ', 'trailing space'],
    ['2012/05', 'slash'],
    ['2012-05-24T00:00', 'a time'],
    ['', 'empty'],
    ['abcd', 'letters'],
    ['２０１２', 'full-width digits'],
  ])('refuses %j (%s)', (text) => {
    expect(parsePartialDate(text)).toBeNull();
  });

  it('round-trips every real calendar day through formatIsoPartial', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31') }), (d) => {
        if (Number.isNaN(d.getTime())) return;
        const text = d.toISOString().slice(0, 10);
        const parsed = parsePartialDate(text);
        expect(parsed).not.toBeNull();
        expect(formatIsoPartial(parsed!)).toBe(text);
        expect(startOf(parsed!)).toBe(
          Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()),
        );
      }),
    );
  });
});

describe('startOf / endOf', () => {
  const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
  it.each([
    ['2012', utc(2012, 1, 1), utc(2013, 1, 1)],
    ['2013-10', utc(2013, 10, 1), utc(2013, 11, 1)],
    ['2013-12', utc(2013, 12, 1), utc(2014, 1, 1)],
    ['2012-02', utc(2012, 2, 1), utc(2012, 3, 1)],
    ['2014-05-24', utc(2014, 5, 24), utc(2014, 5, 25)],
    ['2013-12-31', utc(2013, 12, 31), utc(2014, 1, 1)],
  ])('%s covers [start, end)', (text, start, end) => {
    const date = parsePartialDate(text)!;
    expect(startOf(date)).toBe(start);
    expect(endOf(date)).toBe(end);
  });

  it('a year-precision date sits at the start of its year', () => {
    expect(new Date(startOf(parsePartialDate('2002')!)).toISOString()).toBe(
      '2002-01-01T00:00:00.000Z',
    );
  });

  it('daysInMonth knows leap years', () => {
    expect([daysInMonth(2012, 2), daysInMonth(2013, 2), daysInMonth(2000, 2)]).toEqual([
      29, 28, 29,
    ]);
    expect(daysInMonth(2013, 4)).toBe(30);
    expect(daysInMonth(2013, 12)).toBe(31);
  });
});
