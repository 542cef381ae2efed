// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { partialDateAt } from '../../src/domain/partialDate';
import { timeMs } from '../../src/domain/units';
import { describeView } from '../../src/layout/describeView';

const view = (start: number, end: number) => ({ start: timeMs(start), end: timeMs(end) });

describe('describeView', () => {
  it.each([
    [view(Date.UTC(2002, 0, 1), Date.UTC(2015, 0, 1)), 'Showing 2002 to 2014'],
    [view(Date.UTC(2012, 2, 1), Date.UTC(2012, 6, 1)), 'Showing Mar 2012 to Jun 2012'],
    [view(Date.UTC(2012, 2, 3), Date.UTC(2012, 2, 18)), 'Showing 3 Mar 2012 to 17 Mar 2012'],
  ])('%j reads "%s"', (v, text) => {
    expect(describeView(v)).toBe(text);
  });
});

describe('partialDateAt', () => {
  it('keeps only the precision asked for, in UTC', () => {
    const t = Date.UTC(2013, 9, 21, 23, 30);
    expect(partialDateAt(t, 'year')).toEqual({ year: 2013, precision: 'year' });
    expect(partialDateAt(t, 'month')).toEqual({ year: 2013, month: 10, precision: 'month' });
    expect(partialDateAt(new Date(t), 'day')).toEqual({
      year: 2013,
      month: 10,
      day: 21,
      precision: 'day',
    });
  });
});
