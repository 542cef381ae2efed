// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { easeOut } from '../../src/layout/easeOut';
import { wheelFactor, wheelPixels } from '../../src/interaction/wheelFactor';

const PIXEL = 0;
const LINE = 1;
const PAGE = 2;

describe('wheelFactor', () => {
  it.each([
    ['no movement', 0, PIXEL, false, 1],
    ['a 100 px scroll down zooms out', 100, PIXEL, false, 2 ** -0.2],
    ['a 100 px scroll up zooms in', -100, PIXEL, false, 2 ** 0.2],
    ['three lines', 3, LINE, false, 2 ** -0.15],
    ['one page', 1, PAGE, false, 0.5],
    ['a trackpad pinch (ctrlKey) is ten times as strong', -10, PIXEL, true, 2 ** 0.2],
  ])('%s', (_name, deltaY, mode, ctrl, factor) => {
    expect(wheelFactor(deltaY, mode, ctrl)).toBeCloseTo(factor, 12);
  });

  it('scrolling back undoes scrolling forth', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.constantFrom(PIXEL, LINE, PAGE),
        fc.boolean(),
        (d, mode, ctrl) => {
          const [there, back] = [wheelFactor(d, mode, ctrl), wheelFactor(-d, mode, ctrl)];
          // A hundred pages at once overflows a double; no wheel sends that.
          fc.pre(there > 1e-300 && back > 1e-300 && Number.isFinite(there * back));
          expect(there * back).toBeCloseTo(1, 9);
        },
      ),
    );
  });

  it('zooms in (factor > 1) exactly when scrolling up', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.constantFrom(PIXEL, LINE, PAGE),
        (d, mode) => {
          fc.pre(Math.abs(d) > 1e-6);
          expect(wheelFactor(d, mode, false) > 1).toBe(d < 0);
        },
      ),
    );
  });
});

describe('easeOut', () => {
  it('runs from 0 to 1, rising, and settles gently', () => {
    expect(easeOut(0)).toBe(0);
    expect(easeOut(1)).toBe(1);
    const samples = Array.from({ length: 11 }, (_, i) => easeOut(i / 10));
    samples.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(samples[i]!));
    expect(easeOut(0.5)).toBeGreaterThan(0.5);
  });
});

describe('wheelPixels', () => {
  it.each([
    ['pixels stay pixels', 120, PIXEL, 120],
    ['a line is 25 px, as d3-zoom weighs it', 3, LINE, 75],
    ['a page is the timeline width', -1, PAGE, -800],
  ])('%s', (_name, delta, mode, px) => {
    expect(wheelPixels(delta, mode, 800)).toBe(px);
  });
});
