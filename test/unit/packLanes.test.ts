// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packLanes, type Extent } from '../../src/layout/packLanes';

const e = (x0: number, x1: number): Extent => ({ x0, x1 });
/** Two extents clash when they are closer than `gap` px. */
const clash = (a: Extent, b: Extent, gap: number) => a.x1 + gap > b.x0 && b.x1 + gap > a.x0;

const extentsArb = fc.array(
  fc
    .tuple(fc.integer({ min: -500, max: 2000 }), fc.integer({ min: 0, max: 300 }))
    .map(([x0, w]) => e(x0, x0 + w)),
  { maxLength: 60 },
);
const gapArb = fc.integer({ min: 0, max: 10 });

describe('packLanes', () => {
  it.each<[string, Extent[], number, number[]]>([
    ['nothing', [], 6, []],
    ['apart', [e(0, 10), e(30, 40)], 6, [0, 0]],
    ['exactly a gap apart', [e(0, 10), e(16, 20)], 6, [0, 0]],
    ['closer than the gap', [e(0, 10), e(15, 20)], 6, [0, 1]],
    ['back to the first free lane', [e(0, 10), e(5, 15), e(20, 30)], 6, [0, 1, 0]],
    ['in input order, packed by x0', [e(20, 30), e(0, 10), e(5, 15)], 6, [0, 0, 1]],
    ['with no gap, touching is fine', [e(0, 10), e(10, 20)], 0, [0, 0]],
  ])('%s', (_name, items, gap, lanes) => {
    expect(packLanes(items, Infinity, gap)).toEqual(lanes);
  });

  it('gives -1 to what does not fit in maxLanes', () => {
    expect(packLanes([e(0, 10), e(1, 10), e(2, 10), e(30, 40)], 2)).toEqual([0, 1, -1, 0]);
  });

  it('never puts two clashing extents in one lane, and never exceeds maxLanes', () => {
    fc.assert(
      fc.property(extentsArb, fc.integer({ min: 1, max: 8 }), gapArb, (items, max, gap) => {
        const lanes = packLanes(items, max, gap);
        expect(lanes).toHaveLength(items.length);
        for (const lane of lanes) expect(lane >= -1 && lane < max).toBe(true);
        for (let i = 0; i < items.length; i++)
          for (let j = i + 1; j < items.length; j++)
            if (lanes[i] !== -1 && lanes[i] === lanes[j])
              expect(clash(items[i]!, items[j]!, gap)).toBe(false);
      }),
    );
  });

  it('leaves an extent out (-1) only when every lane is taken where it starts', () => {
    fc.assert(
      fc.property(extentsArb, fc.integer({ min: 1, max: 8 }), gapArb, (items, max, gap) => {
        const lanes = packLanes(items, max, gap);
        items.forEach((item, i) => {
          if (lanes[i] !== -1) return;
          for (let lane = 0; lane < max; lane++) {
            const blocker = items.some(
              (other, j) => lanes[j] === lane && other.x0 <= item.x0 && clash(other, item, gap),
            );
            expect(blocker, `lane ${lane} was free for item ${i}`).toBe(true);
          }
        });
      }),
    );
  });

  it('with unlimited lanes, uses as many as the deepest pile-up and no more', () => {
    fc.assert(
      fc.property(extentsArb, gapArb, (items, gap) => {
        const lanes = packLanes(items, Infinity, gap);
        expect(lanes.every((l) => l >= 0)).toBe(true);
        const depth = Math.max(
          0,
          // An item always counts itself, even a zero-width one with no gap.
          ...items.map(
            (a) => items.filter((b) => b === a || (b.x0 <= a.x0 && b.x1 + gap > a.x0)).length,
          ),
        );
        expect(new Set(lanes).size).toBe(depth);
      }),
    );
  });
});
