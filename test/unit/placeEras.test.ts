// @vitest-environment node
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { boundsForRange } from '../../src/layout/viewport';
import { ERA_GAP, placeEras } from '../../src/layout/placeEras';
import { bundledDataset } from './testData';
import type { Dataset } from '../../src/domain/types';
import type { View } from '../../src/layout/viewport';

// Made before each test, not at load: Stryker counts code run outside a test as "static" and
// then re-runs every test for each of its mutants.
let dataset: Dataset;
let range: View;
beforeEach(() => {
  dataset = bundledDataset();
  range = boundsForRange(dataset.range.start, dataset.range.end).outer;
});

describe('placeEras', () => {
  it("stacks the bundled story's eras in two rows: Humphries under the friends years", () => {
    const placed = placeEras(dataset.eras, range);
    expect(dataset.eras.map((era, i) => [era.id, placed[i]!.row])).toEqual([
      ['friends', 0],
      ['humphries-marriage', 1],
      ['couple', 1],
      ['married', 0],
    ]);
  });

  it('places each era by its share of the range, whatever the width will be', () => {
    const [friends] = placeEras(dataset.eras, range);
    const span = range.end - range.start;
    expect(friends!.left).toBeCloseTo((dataset.eras[0]!.start - range.start) / span, 12);
    expect(friends!.left + friends!.width).toBeCloseTo(
      (dataset.eras[0]!.end - range.start) / span,
      12,
    );
  });

  it('never lets two eras in one row come closer than the gap', () => {
    const era = fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 400 }))
      .map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(era, { maxLength: 12 }), (eras) => {
        const placed = placeEras(eras, { start: 0, end: 1400 });
        for (const a of placed)
          for (const b of placed) {
            if (a === b || a.row !== b.row || a.left > b.left) continue;
            expect(a.left + a.width + ERA_GAP).toBeLessThanOrEqual(b.left + 1e-12);
          }
      }),
    );
  });
});
