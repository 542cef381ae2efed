// @vitest-environment node
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, timeMs } from '../../src/domain/units';
import { boundsForRange, spanOf } from '../../src/layout/viewport';
import {
  MAX_READING_MS,
  MIN_READING_MS,
  readingTimeMs,
  storyOrder,
  storyProgress,
  storyStep,
  storyText,
  storyView,
} from '../../src/story/storySequence';
import { filterEvents, buildSearchIndex, NO_FILTER } from '../../src/domain/filterEvents';
import { bundledDataset, makeEvent } from './testData';
import type { Dataset } from '../../src/domain/types';

// Made before each test, not at load: Stryker counts code run outside a test as "static" and
// then re-runs every test for each of its mutants.
let dataset: Dataset;
beforeEach(() => {
  dataset = bundledDataset();
});
const ev = (id: string, start: number, index: number, end = start) => ({
  id,
  start: timeMs(start),
  end: timeMs(end),
  index,
});

describe('storyOrder', () => {
  it('puts the events in date order, ties in dataset order', () => {
    const order = storyOrder([ev('c', 30, 2), ev('a', 10, 1), ev('b', 10, 0), ev('d', 5, 3)]);
    expect(order.map((e) => e.id)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('tours only the events that pass the filters', () => {
    const index = buildSearchIndex(dataset);
    const shown = filterEvents(dataset.events, { ...NO_FILTER, people: ['kris-humphries'] }, index);
    const order = storyOrder(shown);
    expect(order.map((e) => e.id)).toEqual(['marriage-to-kris-humphries']);
  });

  it('is sorted and a permutation of its input, whatever the input', () => {
    const arb = fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.nat(1000)), {
      maxLength: 40,
    });
    fc.assert(
      fc.property(arb, (pairs) => {
        const events = pairs.map(([start, index], i) => ev(`e${i}`, start, index));
        const order = storyOrder(events);
        expect(order.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
        for (let i = 1; i < order.length; i++)
          expect(order[i - 1]!.start).toBeLessThanOrEqual(order[i]!.start);
      }),
    );
  });
});

describe('storyStep and storyProgress', () => {
  let order: ReturnType<typeof storyOrder>;
  beforeEach(() => {
    order = storyOrder(dataset.events);
  });

  it('steps forwards and back, and stops at both ends', () => {
    expect(storyStep(order, order[0]!, 1)).toBe(order[1]);
    expect(storyStep(order, order[1]!, -1)).toBe(order[0]);
    expect(storyStep(order, order[0]!, -1)).toBeUndefined();
    expect(storyStep(order, order.at(-1)!, 1)).toBeUndefined();
  });

  it('says "3 of 10" as numbers', () => {
    expect(storyProgress(order, order[2]!)).toEqual({ position: 3, total: order.length });
  });

  it('from an event a filter took out, moves on in time from where it stood', () => {
    const shown = [ev('a', 10, 0), ev('c', 30, 2)];
    const hidden = ev('b', 20, 1);
    expect(storyStep(shown, hidden, 1)?.id).toBe('c');
    expect(storyStep(shown, hidden, -1)?.id).toBe('a');
    expect(storyProgress(shown, hidden).position).toBe(0);
    expect(storyStep(shown, ev('z', 99, 9), 1)).toBeUndefined();
    expect(storyStep(shown, ev('z', 0, 9), -1)).toBeUndefined();
  });

  it('visits every event once, in order, from the first Next to the end', () => {
    const arb = fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { maxLength: 30 });
    fc.assert(
      fc.property(arb, (starts) => {
        const tour = storyOrder(starts.map((t, i) => ev(`e${i}`, t, i)));
        const seen: string[] = [];
        for (let at = tour[0]; at; at = storyStep(tour, at, 1)) seen.push(at.id);
        expect(seen).toEqual(tour.map((e) => e.id));
      }),
    );
  });
});

describe('readingTimeMs', () => {
  it('gives a few seconds at least and about ten at most', () => {
    expect(readingTimeMs('')).toBe(MIN_READING_MS);
    expect(MIN_READING_MS).toBeGreaterThanOrEqual(3000);
    expect(readingTimeMs('word '.repeat(1000))).toBe(MAX_READING_MS);
    expect(MAX_READING_MS).toBeLessThanOrEqual(10_000);
  });

  it('grows with the text and stays within its bounds', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const short = readingTimeMs(a);
        const long = readingTimeMs(`${a} ${b}`);
        expect(long).toBeGreaterThanOrEqual(short);
        expect(short).toBeGreaterThanOrEqual(MIN_READING_MS);
        expect(long).toBeLessThanOrEqual(MAX_READING_MS);
      }),
    );
  });

  it('reads the title, summary and quotes of a stop', () => {
    const paris = dataset.eventsById.get('paris-fashion-show')!;
    const text = storyText(paris);
    expect(text).toContain(paris.title);
    for (const quote of paris.quotes) expect(text).toContain(quote.text);
    expect(readingTimeMs(text)).toBeGreaterThan(readingTimeMs(paris.title));
  });
});

describe('storyView', () => {
  let bounds: ReturnType<typeof boundsForRange>;
  beforeEach(() => {
    bounds = boundsForRange(dataset.range.start, dataset.range.end);
  });

  it('shows the event with context either side, inside the bounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dataset.range.start, max: dataset.range.end }),
        fc.integer({ min: 0, max: 4000 }),
        (start, days) => {
          const event = makeEvent('x', '2012');
          const e = { ...event, start: timeMs(start), end: timeMs(start + days * DAY_MS) };
          const view = storyView(e, bounds);
          expect(view.start).toBeLessThanOrEqual(e.start);
          expect(view.end).toBeGreaterThanOrEqual(Math.min(e.end, bounds.outer.end));
          expect(view.start).toBeGreaterThanOrEqual(bounds.outer.start);
          expect(view.end).toBeLessThanOrEqual(bounds.outer.end);
          expect(spanOf(view)).toBeGreaterThan(spanOf(bounds.outer) / 10);
        },
      ),
    );
  });
});
