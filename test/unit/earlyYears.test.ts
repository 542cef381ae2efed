// @vitest-environment node
// Years 0 to 99 are years 0 to 99 everywhere (Date.UTC would make them 1900–1999), and BCE
// years sort, lay out and link like any other: parsing, the axis, labels and links.
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/domain/parseDataset';
import { chooseTicks } from '../../src/layout/chooseTicks';
import { describeView } from '../../src/layout/describeView';
import { timeScale } from '../../src/layout/timeScale';
import { boundsForRange } from '../../src/layout/viewport';
import { formatView, parseLinkState, parseView, serializeLinkState } from '../../src/url/linkState';

function story(start: string, end: string, dates: string[]) {
  return {
    title: 'Early years',
    range: { start, end },
    people: [{ id: 'p', name: 'Pliny' }],
    sources: [{ id: 's', title: 'Letters' }],
    events: dates.map((date, i) => ({
      id: `e-${i}`,
      date,
      title: `Event ${i}`,
      summary: 'Something happened.',
      people: ['p'],
      sources: ['s'],
    })),
  };
}

describe('a dataset of the years 50 to 100', () => {
  const result = parseDataset(story('0050', '0100', ['0050', '0079-08-24', '0100']));

  it('is accepted, its events in the years they name', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const years = result.dataset.events.map((e) => new Date(e.start).getUTCFullYear());
    expect(years).toEqual([50, 79, 100]);
    expect(result.dataset.range.startYear).toBe(50);
  });

  it('gets an axis labelled with those years', () => {
    if (!result.ok) throw new Error('not ok');
    const { outer } = boundsForRange(result.dataset.range.start, result.dataset.range.end);
    const labels = chooseTicks(timeScale(outer, 1000)).ticks.map((t) => t.label);
    expect(labels).toContain('60');
    expect(labels).toContain('100');
    expect(labels.every((l) => Number(l) >= 48 && Number(l) <= 102)).toBe(true);
  });

  it('links a window in those years and reads it back', () => {
    const view = parseView('0079-08..0079-09')!;
    expect(new Date(view.start).getUTCFullYear()).toBe(79);
    expect(formatView(view)).toBe('0079-08..0079-09');
    expect(describeView(view)).toBe('Showing Aug 79 to Sep 79');
  });

  it('carries year filters below 1000 and BCE in links', () => {
    const { state, ignored } = parseLinkState('?from=50&to=100');
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({ from: 50, to: 100 });
    expect(parseLinkState(serializeLinkState({ ...state, from: -479 })).state.from).toBe(-479);
  });
});

describe('a dataset spanning millennia', () => {
  it('labels a 20,000-year axis sparsely, BCE included', () => {
    const result = parseDataset(story('-9999', '9999', ['-9999', '-0479', '2014']));
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join());
    const { outer } = boundsForRange(result.dataset.range.start, result.dataset.range.end);
    const ticks = chooseTicks(timeScale(outer, 1280)).ticks;
    expect(ticks.length).toBeGreaterThan(3);
    expect(ticks.length).toBeLessThanOrEqual(30);
    expect(ticks.some((t) => t.label.endsWith('BCE'))).toBe(true);
    const gaps = ticks.slice(1).map((t, i) => t.x - ticks[i]!.x);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(44);
  });
});
