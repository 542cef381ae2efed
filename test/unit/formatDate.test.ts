// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import { describe, expect, it } from 'vitest';
import { formatDateRange, formatPartialDate } from '../../src/domain/formatDate';
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
