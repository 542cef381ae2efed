// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import { describe, expect, it } from 'vitest';
import { formatDateRange, formatPartialDate, formatYear } from '../../src/domain/formatDate';
import { parsePartialDate } from '../../src/domain/partialDate';

const d = (text: string) => {
  const parsed = parsePartialDate(text);
  if (!parsed) throw new Error(`bad date ${text}`);
  return parsed;
};

describe('formatPartialDate', () => {
  it.each([
    ['2012', '2012'],
    ['2013-10', 'Oct 2013'],
    ['2013-01', 'Jan 2013'],
    ['2014-05-24', '24 May 2014'],
    ['2011-08-01', '1 Aug 2011'],
    ['2013-12-31', '31 Dec 2013'],
  ])('%s is shown as %j, at the precision the source gives', (text, shown) => {
    expect(formatPartialDate(d(text))).toBe(shown);
  });

  it('never shows a year-precision date as 1 January', () => {
    expect(formatPartialDate(d('2012'))).not.toMatch(/Jan|1 /);
  });
});

describe('formatDateRange', () => {
  it.each([
    [['2012'], '2012'],
    [['2002', '2011'], '2002 – 2011'],
    [['2011-08-20', '2011-10-31'], '20 Aug – 31 Oct 2011'],
    [['2011-12-20', '2012-01-05'], '20 Dec 2011 – 5 Jan 2012'],
    [['2012-03', '2012-05'], 'Mar 2012 – May 2012'],
    [['2012', '2013-06-15'], '2012 – 15 Jun 2013'],
  ])('%j reads %j', ([start, end], shown) => {
    expect(formatDateRange(d(start!), end === undefined ? undefined : d(end))).toBe(shown);
  });
});

describe('BCE, small years and times of day', () => {
  it.each([
    ['-0479', '480 BCE'],
    ['0000', '1 BCE'],
    ['-0043-03-15', '15 Mar 44 BCE'],
    ['0079', '79'],
    ['0079-08-24', '24 Aug 79'],
    ['0001', '1'],
    ['2016-11-13T09:30', '13 Nov 2016, 09:30'],
    ['2016-11-13T14:30', '13 Nov 2016, 14:30'],
    ['2015-01-01T01:01:01', '1 Jan 2015, 01:01:01'],
  ])('%s is shown as %j', (text, shown) => {
    expect(formatPartialDate(d(text))).toBe(shown);
  });

  it.each([
    [['-0499', '-0479'], '500 BCE – 480 BCE'],
    [['-0009', '0010'], '10 BCE – 10'],
    [['2014-01-01T04:00', '2014-01-01T04:30'], '1 Jan 2014, 04:00 – 04:30'],
    [['2014-01-01T23:00', '2014-01-02T01:00'], '1 Jan 2014, 23:00 – 2 Jan 2014, 01:00'],
  ])('%j reads %j', ([start, end], shown) => {
    expect(formatDateRange(d(start!), d(end!))).toBe(shown);
  });

  it('formatYear counts BCE from 1 and never shows a year 0', () => {
    expect([formatYear(1), formatYear(0), formatYear(-1), formatYear(-9999)]).toEqual([
      '1',
      '1 BCE',
      '2 BCE',
      '10000 BCE',
    ]);
  });
});
