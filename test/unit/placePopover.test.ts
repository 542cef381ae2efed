// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placePopover, SHEET_BELOW_PX, type Rect } from '../../src/layout/placePopover';

const anchor = (left: number, top: number): Rect => ({ left, top, width: 20, height: 20 });
const size = { width: 300, height: 200 };
const screen = { width: 1280, height: 800 };

describe('placePopover', () => {
  it.each<[string, Rect, { width: number; height: number }, object]>([
    [
      'below the anchor when it fits',
      anchor(100, 100),
      size,
      { left: 100, top: 128, side: 'below' },
    ],
    [
      'slid left at the right edge',
      anchor(1200, 100),
      size,
      { left: 1280 - 300 - 8, side: 'below' },
    ],
    ['slid right at the left edge', anchor(2, 100), size, { left: 8, side: 'below' }],
    [
      'above when there is no room below',
      anchor(100, 700),
      size,
      { top: 700 - 8 - 200, side: 'above' },
    ],
    [
      'beside the anchor when it fits neither above nor below',
      anchor(100, 300),
      { width: 300, height: 700 },
      { left: 128, top: 8, side: 'right' },
    ],
    [
      'left of the anchor when the right is too narrow',
      anchor(1000, 300),
      { width: 300, height: 700 },
      { left: 1000 - 8 - 300, side: 'left' },
    ],
  ])('goes %s', (_name, a, s, expected) => {
    expect(placePopover(a, s, screen)).toMatchObject(expected);
  });

  it('is pinned to the top when it fits nowhere', () => {
    const narrow = { width: 700, height: 800 };
    expect(placePopover(anchor(340, 300), { width: 400, height: 700 }, narrow)).toEqual({
      left: 292,
      top: 8,
      side: 'below',
    });
  });

  it('becomes a bottom sheet on a narrow screen', () => {
    const phone = { width: SHEET_BELOW_PX - 1, height: 700 };
    expect(placePopover(anchor(100, 100), size, phone)).toEqual({
      left: 0,
      top: 500,
      side: 'sheet',
    });
  });

  it('keeps the popover on screen and off its anchor', () => {
    const arb = fc.record({
      vw: fc.integer({ min: SHEET_BELOW_PX, max: 2500 }),
      vh: fc.integer({ min: 300, max: 1600 }),
      x: fc.double({ min: 0, max: 1, noNaN: true }),
      y: fc.double({ min: 0, max: 1, noNaN: true }),
      w: fc.integer({ min: 50, max: 500 }),
      h: fc.integer({ min: 50, max: 600 }),
    });
    fc.assert(
      fc.property(arb, ({ vw, vh, x, y, w, h }) => {
        fc.pre(w <= vw - 16 && h <= vh - 16);
        const a = anchor(x * (vw - 20), y * (vh - 20));
        const p = placePopover(a, { width: w, height: h }, { width: vw, height: vh });
        expect(p.left).toBeGreaterThanOrEqual(8);
        expect(p.left + w).toBeLessThanOrEqual(vw - 8);
        expect(p.top).toBeGreaterThanOrEqual(8);
        expect(p.top + h).toBeLessThanOrEqual(vh - 8);
        if (p.side === 'above') expect(p.top + h).toBeLessThanOrEqual(a.top);
        if (p.side === 'below' && p.top !== 8) expect(p.top).toBeGreaterThanOrEqual(a.top + 20);
        if (p.side === 'right') expect(p.left).toBeGreaterThanOrEqual(a.left + 20);
        if (p.side === 'left') expect(p.left + w).toBeLessThanOrEqual(a.left);
      }),
    );
  });
});
