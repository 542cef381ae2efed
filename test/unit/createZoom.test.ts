import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { timeMs } from '../../src/domain/units';
import { createZoom, WHEEL_IDLE_MS } from '../../src/interaction/createZoom';
import { timeAtPx } from '../../src/layout/timeScale';
import { boundsForRange, spanOf, type View } from '../../src/layout/viewport';
import { createViewStore, type ViewStore } from '../../src/state/createViewStore';

// The gesture state machine on synthetic events: jsdom has no layout, so the node says it
// sits 100 px from the left and is 1000 px wide, as the store's scale does.
const LEFT = 100;
const WIDTH = 1000;
const bounds = boundsForRange(timeMs(Date.UTC(2002, 0, 1)), timeMs(Date.UTC(2015, 0, 1)));
const middle: View = { start: timeMs(Date.UTC(2006, 0, 1)), end: timeMs(Date.UTC(2010, 0, 1)) };

let node: HTMLElement;
let store: ViewStore;
let clock = 0;
let destroy: () => void;

beforeEach(() => {
  node = document.createElement('div');
  node.getBoundingClientRect = () => ({ left: LEFT, width: WIDTH }) as DOMRect;
  node.setPointerCapture = () => undefined;
  document.body.append(node);
  store = createViewStore({ view: middle, bounds, width: WIDTH });
  clock = 0;
  destroy = createZoom(node, store, () => clock).destroy;
});
afterEach(() => {
  destroy();
  node.remove();
});

const view = () => store.getSnapshot().view;
const timeAtClient = (x: number) => timeAtPx(store.getSnapshot().scale, x - LEFT);

function wheel(init: WheelEventInit, target: Element = node): WheelEvent {
  const event = new WheelEvent('wheel', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

function pointer(type: string, pointerId: number, clientX: number, target: Element = node) {
  const event = new MouseEvent(type, { bubbles: true, cancelable: true, clientX, button: 0 });
  Object.assign(event, { pointerId, pointerType: 'touch' });
  target.dispatchEvent(event);
}

function click(target: Element, detail = 1): boolean {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, detail });
  return target.dispatchEvent(event);
}

describe('createZoom: the wheel', () => {
  it('zooms in at the pointer, keeping the instant under it in place', () => {
    const x = LEFT + 300;
    const under = timeAtClient(x);
    const event = wheel({ deltaY: -100, clientX: x });
    expect(event.defaultPrevented).toBe(true);
    expect(spanOf(view())).toBeLessThan(spanOf(middle));
    expect(timeAtClient(x)).toBeCloseTo(under, -3);
  });

  it('pans sideways in pixels, lines and pages', () => {
    const msPerPx = spanOf(middle) / WIDTH;
    wheel({ deltaX: 40, deltaMode: 0 });
    expect(view().start - middle.start).toBeCloseTo(40 * msPerPx, -3);
    const afterPixels = view().start;
    wheel({ deltaX: 2, deltaMode: 1 });
    expect(view().start - afterPixels).toBeCloseTo(50 * msPerPx, -3);
    const afterLines = view().start;
    wheel({ deltaX: -1, deltaMode: 2 });
    expect(afterLines - view().start).toBeCloseTo(WIDTH * msPerPx, -3);
  });

  it('leaves a wheel at the zoom-out limit to the page, unless a zoom was under way', () => {
    store.setView(bounds.outer);
    expect(wheel({ deltaY: 100, clientX: LEFT + 500 }).defaultPrevented).toBe(false);

    store.setView(middle);
    // A fast flick: zooming out, then reaching the limit mid-gesture.
    for (let i = 0; i < 20; i++) {
      clock += 16;
      expect(wheel({ deltaY: 400, clientX: LEFT + 500 }).defaultPrevented).toBe(true);
    }
    expect(view()).toEqual(bounds.outer);
    clock += WHEEL_IDLE_MS - 1;
    expect(wheel({ deltaY: 100, clientX: LEFT + 500 }).defaultPrevented).toBe(true);
    // A deliberate scroll after the gesture has settled scrolls the page again.
    clock += WHEEL_IDLE_MS + 1;
    expect(wheel({ deltaY: 100, clientX: LEFT + 500 }).defaultPrevented).toBe(false);
  });
});

describe('createZoom: pointers', () => {
  it('drags to pan, the instant under the finger following it', () => {
    const under = timeAtClient(LEFT + 400);
    pointer('pointerdown', 1, LEFT + 400);
    pointer('pointermove', 1, LEFT + 450);
    pointer('pointermove', 1, LEFT + 500);
    expect(spanOf(view())).toBeCloseTo(spanOf(middle), -3);
    expect(timeAtClient(LEFT + 500)).toBeCloseTo(under, -3);
  });

  it('treats a wobble under the click distance as a click, not a drag', () => {
    pointer('pointerdown', 1, LEFT + 400);
    pointer('pointermove', 1, LEFT + 403);
    pointer('pointerup', 1, LEFT + 403);
    expect(view()).toEqual(middle);
    expect(click(node)).toBe(true);
  });

  it('swallows the click a drag produces, and only that one', async () => {
    const button = document.createElement('button');
    node.append(button);
    const opened = vi.fn();
    button.addEventListener('click', opened);
    pointer('pointerdown', 1, LEFT + 400);
    pointer('pointermove', 1, LEFT + 480);
    pointer('pointerup', 1, LEFT + 480);
    expect(click(button)).toBe(false);
    expect(opened).not.toHaveBeenCalled();
    // The next click, in a later task, is the reader's own.
    await new Promise((resolve) => setTimeout(resolve, 0));
    click(button);
    expect(opened).toHaveBeenCalledTimes(1);
  });

  it('never swallows a later click when the drag produced none', async () => {
    const button = document.createElement('button');
    node.append(button);
    const opened = vi.fn();
    button.addEventListener('click', opened);
    pointer('pointerdown', 1, LEFT + 400);
    pointer('pointermove', 1, LEFT + 480);
    pointer('pointerup', 1, LEFT + 480);
    await new Promise((resolve) => setTimeout(resolve, 0));
    click(button);
    expect(opened).toHaveBeenCalledTimes(1);
  });

  it('never swallows a keyboard click (Enter), even right after a drag', () => {
    const button = document.createElement('button');
    node.append(button);
    const opened = vi.fn();
    button.addEventListener('click', opened);
    pointer('pointerdown', 1, LEFT + 400);
    pointer('pointermove', 1, LEFT + 480);
    pointer('pointerup', 1, LEFT + 480);
    click(button, 0);
    expect(opened).toHaveBeenCalledTimes(1);
  });

  it('pinches with two fingers about their midpoint', () => {
    const mid = timeAtClient(LEFT + 500);
    pointer('pointerdown', 1, LEFT + 400);
    pointer('pointerdown', 2, LEFT + 600);
    pointer('pointermove', 2, LEFT + 800);
    // The fingers now span 400 px instead of 200: twice as close in.
    expect(spanOf(view())).toBeCloseTo(spanOf(middle) / 2, -5);
    // The instant under the old midpoint follows the new one (600 px).
    expect(timeAtClient(LEFT + 600)).toBeCloseTo(mid, -5);
  });

  it('pans with two fingers moving together', () => {
    const under = timeAtClient(LEFT + 500);
    pointer('pointerdown', 1, LEFT + 400);
    pointer('pointerdown', 2, LEFT + 600);
    pointer('pointermove', 1, LEFT + 500);
    pointer('pointermove', 2, LEFT + 700);
    expect(spanOf(view())).toBeCloseTo(spanOf(middle), -5);
    expect(timeAtClient(LEFT + 600)).toBeCloseTo(under, -5);
  });

  it('double-click zooms in at the pointer, Shift zooms out, and a button is left alone', () => {
    node.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, clientX: LEFT + 250 }));
    expect(spanOf(view())).toBeCloseTo(spanOf(middle) / 2, -5);
    node.dispatchEvent(
      new MouseEvent('dblclick', { bubbles: true, clientX: LEFT + 250, shiftKey: true }),
    );
    expect(spanOf(view())).toBeCloseTo(spanOf(middle), -5);
    const button = document.createElement('button');
    node.append(button);
    button.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, clientX: LEFT + 250 }));
    expect(spanOf(view())).toBeCloseTo(spanOf(middle), -5);
  });

  it('stops listening once destroyed', () => {
    destroy();
    wheel({ deltaY: -100, clientX: LEFT + 300 });
    expect(view()).toEqual(middle);
    destroy = () => undefined;
  });
});
