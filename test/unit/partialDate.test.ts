// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyPartialDate } from './testData';
import {
  daysInMonth,
  endOf,
  formatIsoPartial,
  parsePartialDate,
  partialDateAt,
  startOf,
  yearStart,
  type PartialDate,
} from '../../src/domain/partialDate';

describe('parsePartialDate', () => {
  it.each([
    ['2012', { year: 2012, precision: 'year' }],
    ['2013-10', { year: 2013, month: 10, precision: 'month' }],
    ['2014-05-24', { year: 2014, month: 5, day: 24, precision: 'day' }],
    ['2012-02-29', { year: 2012, month: 2, day: 29, precision: 'day' }],
    ['2000-02-29', { year: 2000, month: 2, day: 29, precision: 'day' }],
    ['2013-12-31', { year: 2013, month: 12, day: 31, precision: 'day' }],
    ['0079', { year: 79, precision: 'year' }],
    ['0000', { year: 0, precision: 'year' }],
    ['-0479', { year: -479, precision: 'year' }],
    ['-9999-01', { year: -9999, month: 1, precision: 'month' }],
    ['-0004-02-29', { year: -4, month: 2, day: 29, precision: 'day' }],
    [
      '2016-11-13T09:30',
      { year: 2016, month: 11, day: 13, hour: 9, minute: 30, precision: 'minute' },
    ],
    [
      '2015-01-01T01:01:01',
      { year: 2015, month: 1, day: 1, hour: 1, minute: 1, second: 1, precision: 'second' },
    ],
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
    ['2012-05-24T24:00', 'hour 24'],
    ['2012-05-24T12:60', 'minute 60'],
    ['2012-05-24T12:00:60', 'second 60'],
    ['2012-05-24T9:30', 'hour needs two digits'],
    ['2012-05-24T09', 'an hour alone'],
    ['2012-05T09:30', 'a time without a day'],
    ['2012-05-24 09:30', 'space instead of T'],
    ['2012-05-24T09:30Z', 'a zone (times are UTC)'],
    ['-0000', 'minus zero: year 0 is written 0000'],
    ['-10000', 'beyond 9999 BCE'],
    ['--0479', 'two minus signs'],
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

/** The UTC instant of a calendar day, by arithmetic alone (no Date), for years 0–99 and BCE. */
function daysFromCivil(y: number, m: number, d: number): number {
  // Howard Hinnant's days_from_civil: https://howardhinnant.github.io/date_algorithms.html
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

describe('dates from 9999 BCE to 9999 CE', () => {
  it.each([
    ['0079-08-24', 79, 'Vesuvius stays in 79, not 1979'],
    ['0000', 0, '1 BCE'],
    ['-0479', -479, '480 BCE'],
  ])('%s starts in year %i (%s)', (text, year) => {
    const start = new Date(startOf(parsePartialDate(text)!));
    expect(start.getUTCFullYear()).toBe(year);
  });

  it('yearStart is the first instant of the year, for years 0–99 too', () => {
    expect(new Date(yearStart(79)).toISOString()).toBe('0079-01-01T00:00:00.000Z');
    expect(new Date(yearStart(-479)).toISOString()).toBe('-000479-01-01T00:00:00.000Z');
    expect(yearStart(2012)).toBe(new Date('2012-01-01T00:00:00Z').getTime());
  });

  it('a time of day covers its minute or second', () => {
    const minute = parsePartialDate('2016-11-13T09:30')!;
    expect(new Date(startOf(minute)).toISOString()).toBe('2016-11-13T09:30:00.000Z');
    expect(endOf(minute) - startOf(minute)).toBe(60_000);
    const second = parsePartialDate('2015-01-01T01:01:01')!;
    expect(endOf(second) - startOf(second)).toBe(1_000);
  });

  it('round-trips any date through formatIsoPartial and parsePartialDate', () => {
    fc.assert(
      fc.property(anyPartialDate, (date) => {
        expect(parsePartialDate(formatIsoPartial(date))).toEqual(date);
      }),
    );
  });

  it('startOf < endOf, and startOf is the calendar day counted without Date', () => {
    fc.assert(
      fc.property(anyPartialDate, (date) => {
        expect(startOf(date)).toBeLessThan(endOf(date));
        const { year, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = date;
        const ms = daysFromCivil(year, month, day) * 86_400_000 + (hour * 60 + minute) * 60_000;
        expect(startOf(date)).toBe(ms + second * 1000);
      }),
    );
  });

  it('orders instants as the calendar does, across BCE and CE', () => {
    const key = (d: PartialDate) => [d.year, d.month ?? 1, d.day ?? 1, d.hour ?? 0, d.minute ?? 0];
    const compare = (a: number[], b: number[]) => {
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
      return 0;
    };
    fc.assert(
      fc.property(anyPartialDate, anyPartialDate, (a, b) => {
        const order = Math.sign(compare(key(a), key(b)));
        const byInstant = Math.sign(startOf(a) - startOf(b));
        if (order !== 0) expect(byInstant).toBe(order);
      }),
    );
  });

  it('keeps years 0–99 in 0–99 through startOf, endOf and partialDateAt', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const date: PartialDate = { year: y, month: m, precision: 'month' };
        expect(partialDateAt(startOf(date), 'month')).toEqual(date);
        expect(new Date(endOf(date) - 1).getUTCFullYear()).toBe(y);
      }),
    );
  });
});
