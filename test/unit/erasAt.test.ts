// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erasAt } from '../../src/domain/erasAt';

describe('erasAt', () => {
  const eras = [
    { id: 'a', start: 0, end: 10 },
    { id: 'b', start: 5, end: 8 },
    { id: 'c', start: 10, end: 20 },
  ];

  it.each([
    [0, ['a']],
    [5, ['a', 'b']],
    [8, ['a']],
    [10, ['c']],
    [20, []],
    [-1, []],
  ])('at %i: %j', (t, ids) => {
    expect(erasAt(eras, t).map((e) => e.id)).toEqual(ids);
  });

  it('holds exactly the eras whose start is at or before t and whose end is after it', () => {
    const span = fc
      .tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 30 }))
      .map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 10 }),
        fc.integer({ min: -60, max: 90 }),
        (list, t) => {
          const at = new Set(erasAt(list, t));
          for (const era of list) expect(at.has(era)).toBe(era.start <= t && t < era.end);
        },
      ),
    );
  });
});
