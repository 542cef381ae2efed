// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { timeMs } from '../../src/domain/units';
import { eraBands, MIN_LABEL_PX, rowCount, stackEras } from '../../src/layout/eraBands';
import { erasOf } from '../../src/layout/datasetExtras';
import { timeScale } from '../../src/layout/timeScale';
import { bundledDataset } from './testData';

// Made before each test, not at load: Stryker counts code run outside a test as "static" and
// then re-runs every test for each of its mutants.
let eras: ReturnType<typeof erasOf>;
beforeEach(() => {
  eras = erasOf(bundledDataset());
});
const at = (y: number, m = 1, d = 1) => timeMs(Date.UTC(y, m - 1, d));
const era = (id: string, start: number, end: number) => ({ id, title: id, start, end });

describe('stackEras', () => {
  it('stacks the bundled eras: the Humphries marriage over the friends years, the rest in a row', () => {
    expect(eras.map((e) => e.id)).toEqual(['friends', 'humphries-marriage', 'couple', 'married']);
    expect(stackEras(eras)).toEqual([
      { row: 0, tone: 0 },
      { row: 1, tone: 0 },
      { row: 0, tone: 1 },
      { row: 0, tone: 0 },
    ]);
  });

  it('puts back-to-back eras in one row (an end is the first instant after)', () => {
    expect(stackEras([era('a', 0, 10), era('b', 10, 20)]).map((s) => s.row)).toEqual([0, 0]);
    expect(stackEras([era('a', 0, 11), era('b', 10, 20)]).map((s) => s.row)).toEqual([0, 1]);
  });

  const spans = fc.array(
    fc
      .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 40 }))
      .map(([start, length]) => ({ start, end: start + length })),
    { maxLength: 12 },
  );

  it('never puts overlapping eras in one row, and uses no more rows than the deepest overlap', () => {
    fc.assert(
      fc.property(spans, (list) => {
        const slots = stackEras(list);
        for (let i = 0; i < list.length; i++)
          for (let j = i + 1; j < list.length; j++) {
            const overlap = list[i]!.start < list[j]!.end && list[j]!.start < list[i]!.end;
            if (overlap) expect(slots[i]!.row).not.toBe(slots[j]!.row);
          }
        const depth = Math.max(
          0,
          ...list.map((e) => list.filter((o) => o.start <= e.start && e.start < o.end).length),
        );
        expect(rowCount(slots)).toBe(depth);
      }),
    );
  });

  it('alternates tones along a row, so neighbours never look like one era', () => {
    fc.assert(
      fc.property(spans, (list) => {
        const slots = stackEras(list);
        const rows = new Map<number, { start: number; tone: number }[]>();
        list.forEach((e, i) => {
          const row = rows.get(slots[i]!.row) ?? [];
          row.push({ start: e.start, tone: slots[i]!.tone });
          rows.set(slots[i]!.row, row);
        });
        for (const row of rows.values()) {
          const sorted = row.sort((a, b) => a.start - b.start);
          for (let k = 1; k < sorted.length; k++)
            expect(sorted[k]!.tone).not.toBe(sorted[k - 1]!.tone);
        }
      }),
    );
  });
});

describe('eraBands', () => {
  let slots: ReturnType<typeof stackEras>;
  beforeEach(() => {
    slots = stackEras(eras);
  });

  it('draws only the eras in the window, at their place on the scale', () => {
    const scale = timeScale({ start: at(2012), end: at(2013) }, 1000);
    const bands = eraBands(eras, slots, scale);
    expect(bands.map((b) => b.id)).toEqual(['couple']);
    expect(bands[0]).toMatchObject({
      left: 0,
      width: 1000,
      startsInView: true,
      endsInView: false,
      row: 0,
      tone: 1,
      labelled: true,
    });
  });

  it('cuts a band that starts off screen at the left edge, so its label stays in view', () => {
    const scale = timeScale({ start: at(2011, 6), end: at(2012, 6) }, 800);
    const bands = eraBands(eras, slots, scale);
    expect(bands.map((b) => b.id)).toEqual(['friends', 'humphries-marriage', 'couple']);
    const friends = bands[0]!;
    expect(friends.left).toBe(0);
    expect(friends.startsInView).toBe(false);
    expect(friends.endsInView).toBe(true);
    expect(friends.width).toBeCloseTo(scale(at(2012)), 6);
    const marriage = bands[1]!;
    expect(marriage.left).toBeCloseTo(scale(at(2011, 8, 20)), 6);
    expect(marriage.left + marriage.width).toBeCloseTo(scale(at(2011, 11)), 6);
    expect(marriage.row).toBe(1);
  });

  it('gives no label to a sliver', () => {
    const scale = timeScale({ start: at(2002), end: at(2015) }, 360);
    const marriage = eraBands(eras, slots, scale).find((b) => b.id === 'humphries-marriage')!;
    expect(marriage.width).toBeLessThan(MIN_LABEL_PX);
    expect(marriage.labelled).toBe(false);
  });

  it('leaves out an era that only touches the window', () => {
    const scale = timeScale({ start: at(2014, 6), end: at(2015) }, 500);
    expect(eraBands([era('before', at(2013), at(2014, 6))], [{ row: 0, tone: 0 }], scale)).toEqual(
      [],
    );
  });

  it('keeps every band inside the canvas, and draws exactly the eras the window reaches', () => {
    const t = fc.integer({ min: at(2000), max: at(2016) });
    fc.assert(
      fc.property(t, t, fc.integer({ min: 200, max: 2000 }), (a, b, width) => {
        if (a === b) return;
        const view = { start: timeMs(Math.min(a, b)), end: timeMs(Math.max(a, b)) };
        const bands = eraBands(eras, slots, timeScale(view, width));
        const reached = eras.filter((e) => e.end > view.start && e.start < view.end);
        expect(bands.map((band) => band.id)).toEqual(reached.map((e) => e.id));
        for (const band of bands) {
          expect(band.left).toBeGreaterThanOrEqual(0);
          expect(band.width).toBeGreaterThan(0);
          expect(band.left + band.width).toBeLessThanOrEqual(width + 1e-6);
          expect(band.labelled).toBe(band.width >= MIN_LABEL_PX);
        }
      }),
    );
  });
});
