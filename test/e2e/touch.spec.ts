// Phones (issue: zoom and pan): one finger pans, two fingers pinch-zoom about their midpoint
// and pan as they move, a vertical swipe is left to the page. Touches go in through the DevTools protocol, the way
// a real touchscreen delivers them.
import type { CDPSession, Page } from '@playwright/test';
import {
  canvas,
  currentView,
  expect,
  nextView,
  openApp,
  settledView,
  spanOf,
  test,
  viewParam,
} from './fixtures';

test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

type Point = { x: number; y: number };

/** Move fingers from `from` to `to` in small steps, as a hand would. */
async function gesture(cdp: CDPSession, from: Point[], to: Point[], steps = 12) {
  const at = (k: number) =>
    from.map((p, i) => ({
      x: p.x + ((to[i]!.x - p.x) * k) / steps,
      y: p.y + ((to[i]!.y - p.y) * k) / steps,
      id: i,
    }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let k = 1; k <= steps; k++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(k) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function canvasMiddle(page: Page): Promise<Point> {
  const box = (await canvas(page).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('two fingers spreading apart zoom in about their midpoint', async ({ page }) => {
  await openApp(page, '?view=2004..2011');
  await canvas(page).scrollIntoViewIfNeeded();
  const cdp = await page.context().newCDPSession(page);
  const box = (await canvas(page).boundingBox())!;
  // Off centre, so zooming about the canvas centre instead would show.
  const mid = { x: box.x + box.width * 0.35, y: box.y + box.height / 2 };
  const start = currentView(page)!;
  const before = viewParam(page);
  await gesture(
    cdp,
    [
      { x: mid.x - 30, y: mid.y },
      { x: mid.x + 30, y: mid.y },
    ],
    [
      { x: mid.x - 90, y: mid.y },
      { x: mid.x + 90, y: mid.y },
    ],
  );
  await nextView(page, before);
  const view = (await settledView(page))!;
  // Fingers three times further apart: about a third of the span.
  expect(spanOf(view) / spanOf(start)).toBeGreaterThan(0.25);
  expect(spanOf(view) / spanOf(start)).toBeLessThan(0.42);
  // The instant that was under the midpoint is still under it (the param is whole days).
  const fraction = (mid.x - box.x) / box.width;
  const under = start.start + fraction * spanOf(start);
  const fractionAfter = (under - view.start) / spanOf(view);
  expect(Math.abs(fractionAfter - fraction)).toBeLessThan(0.02);
});

test('two fingers moving sideways together pan, at about the same zoom', async ({ page }) => {
  await openApp(page, '?view=2006..2008');
  await canvas(page).scrollIntoViewIfNeeded();
  const cdp = await page.context().newCDPSession(page);
  const mid = await canvasMiddle(page);
  const start = currentView(page)!;
  const before = viewParam(page);
  await gesture(
    cdp,
    [
      { x: mid.x - 80, y: mid.y },
      { x: mid.x + 20, y: mid.y },
    ],
    [
      { x: mid.x + 20, y: mid.y },
      { x: mid.x + 120, y: mid.y },
    ],
  );
  await nextView(page, before);
  const moved = (await settledView(page))!;
  // Both fingers 100 px right: earlier times come in, by about 100 px worth.
  const box = (await canvas(page).boundingBox())!;
  const perPx = spanOf(start) / box.width;
  expect(start.start - moved.start).toBeGreaterThan(60 * perPx);
  expect(start.start - moved.start).toBeLessThan(140 * perPx);
  expect(Math.abs(spanOf(moved) / spanOf(start) - 1)).toBeLessThan(0.1);
});

test('one finger dragged sideways pans', async ({ page }) => {
  await openApp(page, '?view=2006..2008');
  await canvas(page).scrollIntoViewIfNeeded();
  const cdp = await page.context().newCDPSession(page);
  const mid = await canvasMiddle(page);
  const start = currentView(page)!;
  const before = viewParam(page);
  await gesture(cdp, [{ x: mid.x + 100, y: mid.y }], [{ x: mid.x - 100, y: mid.y }]);
  const moved = (await nextView(page, before))!;
  // Dragging left shows later times, at the same zoom.
  expect(moved.start).toBeGreaterThan(start.start);
  expect(Math.abs(spanOf(moved) - spanOf(start))).toBeLessThan(2 * 86_400_000);
});

test('a tap opens the event under the finger', async ({ page }) => {
  await openApp(page);
  const marker = page.locator('[data-event-id="first-meeting"]');
  await marker.tap();
  await expect(page.getByRole('dialog', { name: 'Kim meets Kanye' })).toBeVisible();
});
