// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, timeMs } from '../../src/domain/units';
import { chooseTicks, type Tick } from '../../src/layout/chooseTicks';
import { timeScale } from '../../src/layout/timeScale';
import type { View } from '../../src/layout/viewport';

const view = (start: number, end: number): View => ({ start: timeMs(start), end: timeMs(end) });
const ticksFor = (v: View, width: number) => chooseTicks(timeScale(v, width));
const labels = (ticks: Tick[]) => ticks.map((t) => t.label);
const gaps = (ticks: Tick[]) => ticks.slice(1).map((t, i) => t.x - ticks[i]!.x);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

describe('chooseTicks', () => {
  it('labels years for a 12-year window at 1280 px, with no context row', () => {
    const axis = ticksFor(view(Date.UTC(2002, 0, 1), Date.UTC(2014, 0, 1)), 1280);
    expect(axis.unit).toBe('year');
    expect(labels(axis.ticks)).toEqual(Array.from({ length: 13 }, (_, i) => String(2002 + i)));
    expect(axis.ticks[0]!.x).toBe(0);
    expect(axis.ticks[12]!.x).toBeCloseTo(1280, 6);
    expect(axis.context).toEqual([]);
  });

  it('steps years in round multiples when a year is too narrow for its label', () => {
    const axis = ticksFor(view(Date.UTC(1900, 0, 1), Date.UTC(2000, 0, 1)), 800);
    expect(axis.unit).toBe('year');
    const years = axis.ticks.map((t) => Number(t.label));
    const step = years[1]! - years[0]!;
    expect([2, 5, 10, 20, 50, 100]).toContain(step);
    for (const y of years) expect(y % step).toBe(0);
  });

  it('labels the months Jan..Dec for a one-year window at 1280 px, in a year context', () => {
    const axis = ticksFor(view(Date.UTC(2012, 0, 1), Date.UTC(2013, 0, 1)), 1280);
    expect(axis.unit).toBe('month');
    expect(labels(axis.ticks).slice(0, 12)).toEqual(MONTHS);
    expect(labels(axis.context)).toContain('2012');
  });

  it('labels days (or weeks) for a two-week window, with the month as context', () => {
    const axis = ticksFor(view(Date.UTC(2014, 4, 17), Date.UTC(2014, 4, 31)), 1280);
    expect(['day', 'week']).toContain(axis.unit);
    expect(labels(axis.ticks)).toContain('24');
    expect(labels(axis.context)).toEqual(['May 2014']);
  });

  it('keeps the period the window starts in labelled at the left edge', () => {
    const axis = ticksFor(view(Date.UTC(2012, 2, 10), Date.UTC(2012, 3, 20)), 1280);
    expect(axis.context[0]).toMatchObject({ x: 0, label: 'Mar 2012' });
    expect(labels(axis.context)).toEqual(['Mar 2012', 'Apr 2012']);
  });

  it('gives every tick a stable, unique key', () => {
    const axis = ticksFor(view(Date.UTC(2012, 0, 1), Date.UTC(2013, 0, 1)), 1280);
    expect(axis.ticks[0]!.key).toBe('2012-01-01');
    expect(new Set(axis.ticks.map((t) => t.key)).size).toBe(axis.ticks.length);
  });

  const windowArb = fc.record({
    start: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2030, 0, 1) }),
    spanDays: fc.double({ min: 1, max: 40 * 365, noNaN: true }),
    width: fc.integer({ min: 360, max: 2000 }),
  });

  it('never puts tick labels closer than ~26 px, at any window and width', () => {
    fc.assert(
      fc.property(windowArb, ({ start, spanDays, width }) => {
        const axis = ticksFor(view(start, start + spanDays * DAY_MS), width);
        for (const gap of gaps(axis.ticks)) expect(gap).toBeGreaterThanOrEqual(26);
        for (const gap of gaps(axis.context)) expect(gap).toBeGreaterThanOrEqual(26);
      }),
    );
  });

  it('draws ticks only inside the window, in order', () => {
    fc.assert(
      fc.property(windowArb, ({ start, spanDays, width }) => {
        const axis = ticksFor(view(start, start + spanDays * DAY_MS), width);
        for (const t of axis.ticks) {
          expect(t.x).toBeGreaterThanOrEqual(0);
          expect(t.x).toBeLessThanOrEqual(width + 1e-6);
        }
        expect(gaps(axis.ticks).every((g) => g > 0)).toBe(true);
      }),
    );
  });

  it('shows a context row whenever it zooms in past years', () => {
    fc.assert(
      fc.property(windowArb, ({ start, spanDays, width }) => {
        const axis = ticksFor(view(start, start + spanDays * DAY_MS), width);
        if (axis.unit === 'year') expect(axis.context).toEqual([]);
        else expect(axis.context.length).toBeGreaterThan(0);
      }),
    );
  });

  it('gets finer as the window narrows', () => {
    const order = ['year', 'quarter', 'month', 'week', 'day'];
    const start = Date.UTC(2010, 0, 1);
    const units = [4000, 1000, 300, 60, 14].map(
      (days) => ticksFor(view(start, start + days * DAY_MS), 1000).unit,
    );
    const ranks = units.map((u) => order.indexOf(u));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(units[0]).toBe('year');
    expect(units[4]).toBe('day');
  });
});
