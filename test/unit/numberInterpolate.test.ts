// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  interpolate,
  interpolateNumber,
  interpolateRound,
  piecewise,
} from '../../src/layout/numberInterpolate';

describe('numberInterpolate (what d3-scale gets for d3-interpolate)', () => {
  it('blends numbers, hitting both ends exactly', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, min: -1e12, max: 1e12 }),
        fc.double({ noNaN: true, min: -1e12, max: 1e12 }),
        (a, b) => {
          // === so that -0 and 0 count as the same end, as they are on screen.
          expect(interpolateNumber(a, b)(0) === a).toBe(true);
          expect(interpolateNumber(a, b)(1) === b).toBe(true);
          expect(interpolate(a, b)(0.5)).toBeCloseTo((a + b) / 2, 0);
        },
      ),
    );
    expect(interpolateRound(0, 10)(0.26)).toBe(3);
  });

  it('refuses anything but numbers', () => {
    expect(() => interpolate('red', 'blue')).toThrow(/only numbers/);
  });

  it('joins stops piecewise', () => {
    const f = piecewise(interpolateNumber, [0, 10, 30]);
    expect([f(0), f(0.25), f(0.5), f(0.75), f(1)]).toEqual([0, 5, 10, 20, 30]);
  });
});
