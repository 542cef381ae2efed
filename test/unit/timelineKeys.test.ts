// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyAction, stepIndex, ZOOM_STEP } from '../../src/interaction/timelineKeys';

const press = (
  key: string,
  mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('keyAction', () => {
  it.each([
    ['+', false, { type: 'zoom', factor: ZOOM_STEP }],
    ['=', true, { type: 'zoom', factor: ZOOM_STEP }],
    ['-', false, { type: 'zoom', factor: 1 / ZOOM_STEP }],
    ['_', true, { type: 'zoom', factor: 1 / ZOOM_STEP }],
    ['ArrowRight', false, { type: 'pan', fraction: 0.2 }],
    ['ArrowLeft', false, { type: 'pan', fraction: -0.2 }],
    ['ArrowRight', true, { type: 'step', delta: 1 }],
    ['ArrowLeft', true, { type: 'step', delta: -1 }],
    ['Home', true, { type: 'step', delta: -Infinity }],
    ['End', true, { type: 'step', delta: Infinity }],
    ['Home', false, null],
    ['End', false, null],
    ['Enter', true, null],
    [' ', true, null],
    ['a', false, null],
  ])('%s (on an event: %s)', (key, onEvent, action) => {
    expect(keyAction(press(key), onEvent)).toEqual(action);
  });

  it('leaves every key with Alt, Ctrl or Meta to the browser', () => {
    for (const mod of ['altKey', 'ctrlKey', 'metaKey'] as const)
      for (const key of ['+', '-', 'ArrowLeft', 'ArrowRight', 'Home', 'End'])
        expect(keyAction(press(key, { [mod]: true }), true)).toBeNull();
  });
});

describe('stepIndex', () => {
  it('steps and holds at both ends', () => {
    expect(stepIndex(3, 1, 10)).toBe(4);
    expect(stepIndex(0, -1, 10)).toBe(0);
    expect(stepIndex(9, 1, 10)).toBe(9);
    expect(stepIndex(4, -Infinity, 10)).toBe(0);
    expect(stepIndex(4, Infinity, 10)).toBe(9);
    expect(stepIndex(0, 1, 0)).toBe(-1);
  });

  it('always lands on an item', () => {
    fc.assert(
      fc.property(
        fc.nat(50),
        fc.integer({ min: -60, max: 60 }),
        fc.integer({ min: 1, max: 50 }),
        (i, d, n) => {
          const index = stepIndex(Math.min(i, n - 1), d, n);
          expect(index).toBeGreaterThanOrEqual(0);
          expect(index).toBeLessThan(n);
        },
      ),
    );
  });
});
