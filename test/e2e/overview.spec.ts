// The overview strip (CONTRACT §9): the whole range's density and the visible window as a
// slider that drags, resizes, jumps and answers keys — all through the one view store, so the
// timeline and the link follow.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  currentView,
  expect,
  nextView,
  openApp,
  spanOf,
  test,
  timeline,
  viewParam,
  type TimeWindow,
} from './fixtures';

const overview = (page: Page) => page.getByRole('region', { name: 'Overview' });
const handle = (page: Page) => overview(page).getByRole('slider', { name: 'Visible window' });
const centre = (w: TimeWindow) => (w.start + w.end) / 2;
const rangeText = (page: Page) => timeline(page).locator('[aria-live="polite"]').first();

/** The handle's box once it is on screen: mouse moves only reach what the viewport shows. */
async function box(page: Page) {
  await handle(page).scrollIntoViewIfNeeded();
  const b = await handle(page).boundingBox();
  if (!b) throw new Error('no handle');
  return b;
}

test('is a region with a slider saying the window in words and numbers', async ({ page }) => {
  await openApp(page, '?view=2004..2009');
  await expect(overview(page)).toBeVisible();
  await expect(handle(page)).toHaveAttribute('aria-valuetext', 'Showing 2004 to 2009');
  await expect(handle(page)).toHaveAttribute('aria-valuemin', '0');
  await expect(handle(page)).toHaveAttribute('aria-valuemax', '100');
  const now = Number(await handle(page).getAttribute('aria-valuenow'));
  expect(now).toBeGreaterThan(0);
  expect(now).toBeLessThan(50);
  await handle(page).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(handle(page)).not.toHaveAttribute('aria-valuenow', String(now));
  // The histogram is drawn (bars for the shown events).
  await expect(overview(page).locator('path')).toHaveAttribute('d', /M/);
});

test('dragging the handle pans the timeline at the same span', async ({ page }) => {
  await openApp(page, '?view=2005..2007');
  const before = currentView(page)!;
  const b = await box(page);
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2 + 150, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
  const after = (await nextView(page, viewParam(page) === null ? null : '2005..2007'))!;
  expect(centre(after)).toBeGreaterThan(centre(before));
  expect(Math.abs(spanOf(after) - spanOf(before))).toBeLessThan(3 * 86_400_000);
  await expect(handle(page)).not.toHaveAttribute('aria-valuetext', 'Showing 2005 to 2007');
});

test('dragging an edge zooms: the right edge in narrows the window', async ({ page }) => {
  await openApp(page, '?view=2004..2009');
  const before = currentView(page)!;
  const b = await box(page);
  await page.mouse.move(b.x + b.width - 2, b.y + b.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
  const after = (await nextView(page, '2004..2009'))!;
  expect(spanOf(after)).toBeLessThan(spanOf(before) * 0.75);
  expect(Math.abs(after.start - before.start)).toBeLessThan(3 * 86_400_000);
});

test('a click on the strip jumps the window there', async ({ page }) => {
  await openApp(page, '?view=2003..2004');
  await overview(page).scrollIntoViewIfNeeded();
  const strip = (await overview(page).boundingBox())!;
  await page.mouse.click(strip.x + strip.width * 0.85, strip.y + 10);
  const after = (await nextView(page, '2003..2004'))!;
  expect(new Date(centre(after)).getUTCFullYear()).toBeGreaterThanOrEqual(2012);
});

test('keys: arrows move it, Shift+arrows further, Home and End to the ends', async ({ page }) => {
  await openApp(page, '?view=2006..2007');
  await handle(page).focus();
  const start = currentView(page)!;
  await page.keyboard.press('ArrowRight');
  const small = (await nextView(page, '2006..2007'))!;
  const step = centre(small) - centre(start);
  expect(step).toBeGreaterThan(0);
  const param = viewParam(page);
  await page.keyboard.press('Shift+ArrowRight');
  const big = (await nextView(page, param))!;
  expect(centre(big) - centre(small)).toBeGreaterThan(5 * step);
  await page.keyboard.press('Home');
  await expect(handle(page)).toHaveAttribute('aria-valuetext', /^Showing (\w+ )?2001 to/);
  await page.keyboard.press('End');
  await expect(handle(page)).toHaveAttribute('aria-valuetext', / 2015$/);
  // The timeline says the same window.
  const said = (await handle(page).getAttribute('aria-valuetext')) ?? '';
  await expect(rangeText(page)).toHaveText(said);
});

test('follows the timeline: zooming with the buttons narrows the handle', async ({ page }) => {
  await openApp(page);
  const wide = await box(page);
  await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await box(page)).width).toBeLessThan(wide.width * 0.7);
});

test('axe: no serious or critical violation with the overview', async ({ page }) => {
  await openApp(page, '?view=2005..2007');
  await handle(page).focus();
  const results = await new AxeBuilder({ page }).include('.overview').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => v.id)).toEqual([]);
});
