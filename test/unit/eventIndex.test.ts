// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeMs } from '../../src/domain/units';
import { eventIndex, partitionPoint } from '../../src/layout/eventIndex';
import { clusterBinMs } from '../../src/layout/layoutEvents';
import { makeEvent } from './testData';

const eventsFrom = (extents: [number, number][]) =>
  extents
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)
    .sort((x, y) => x[0] - y[0])
    .map(([start, end], index) => ({
      ...makeEvent(`e${index}`, '2002'),
      start: timeMs(start),
      end: timeMs(end),
      isSpan: end > start,
      index,
    }));

const extentsArb = fc.array(
  fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: -1e6, max: 1e6 })),
  {
    minLength: 1,
    maxLength: 80,
  },
);

describe('eventIndex', () => {
  it('answers the max end over any run of events', () => {
    fc.assert(
      fc.property(extentsArb, fc.nat(), fc.nat(), (extents, a, b) => {
        const events = eventsFrom(extents);
        const from = a % events.length;
        const to = from + 1 + (b % (events.length - from));
        const expected = Math.max(...events.slice(from, to).map((e) => e.end));
        expect(eventIndex(events).maxEnd(from, to)).toBe(expected);
      }),
    );
  });

  it('keeps the starts in order and the spans apart', () => {
    fc.assert(
      fc.property(extentsArb, (extents) => {
        const events = eventsFrom(extents);
        const index = eventIndex(events);
        expect([...index.starts]).toEqual(events.map((e) => e.start));
        expect([...index.spans]).toEqual(events.flatMap((e, i) => (e.isSpan ? [i] : [])));
      }),
    );
  });

  it('is built once per events array', () => {
    const events = eventsFrom([[1, 2]]);
    expect(eventIndex(events)).toBe(eventIndex(events));
    expect(eventIndex([...events])).not.toBe(eventIndex(events));
  });
});

describe('partitionPoint', () => {
  it('finds the first index where the predicate turns false', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 50 }), fc.integer(), (values, pivot) => {
        const sorted = [...values].sort((a, b) => a - b);
        const expected = sorted.filter((v) => v < pivot).length;
        expect(partitionPoint(0, sorted.length, (i) => sorted[i]! < pivot)).toBe(expected);
      }),
    );
  });

  it('stays inside the range it is given', () => {
    expect(partitionPoint(3, 7, () => true)).toBe(7);
    expect(partitionPoint(3, 7, () => false)).toBe(3);
  });
});

describe('clusterBinMs', () => {
  it('is the least power of two of ms that is at least 84 px long', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e12, noNaN: true }), (msPerPx) => {
        const bin = clusterBinMs(msPerPx);
        expect(Math.log2(bin) % 1).toBe(0);
        expect(bin / msPerPx).toBeGreaterThanOrEqual(84);
        expect(bin / msPerPx).toBeLessThan(168);
      }),
    );
  });

  it('stays the same while a zoom stays within one power of two, so pills keep their keys', () => {
    expect(clusterBinMs(2 ** 20)).toBe(clusterBinMs(1.3 * 2 ** 20));
    expect(clusterBinMs(2 ** 20)).not.toBe(clusterBinMs(1.7 * 2 ** 20));
  });
});
