// Eras (CONTRACT §7): labelled bands behind the events that pan and zoom with them, stack when
// they overlap, never take a gesture meant for the timeline, and are named in the list.
import type { Locator, Page } from '@playwright/test';
import { canvas, expect, openApp, settledViewParam, test, timeline } from './fixtures';

/** An era's band, found by its label (the bands are hidden from the accessibility tree). */
const band = (page: Page, title: string) =>
  timeline(page)
    .locator('.era')
    .filter({ has: page.locator('.era-label', { hasText: title }) });
const label = (page: Page, title: string) =>
  timeline(page).locator('.era-label', { hasText: title });
const box = async (locator: Locator) => (await locator.boundingBox())!;

test('eras are drawn behind the events, hidden from screen readers, and named in the list', async ({
  page,
}) => {
  await openApp(page);
  await expect(timeline(page).locator('.eras')).toHaveAttribute('aria-hidden', 'true');
  await expect(label(page, 'Friends')).toBeVisible();
  await expect(label(page, 'Kim and Kanye, a couple')).toBeVisible();
  // Bands never take the pointer: what is under one is the canvas or an event.
  const friends = await box(band(page, 'Friends'));
  const hit = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.eras') ?? null,
    [friends.x + friends.width / 2, friends.y + friends.height - 10],
  );
  expect(hit).toBeNull();
  const eras = page.getByRole('region', { name: 'Eras' });
  await expect(eras.getByRole('listitem')).toHaveText([
    /^Friends: 2002/,
    /^Kim's marriage to Kris Humphries/,
    /^Kim and Kanye, a couple/,
    /^Married/,
  ]);
});

test('overlapping eras stack: the Humphries marriage sits a row under the friends years', async ({
  page,
}) => {
  await openApp(page, '?view=2011-06..2012-06');
  const friends = await box(label(page, 'Friends'));
  const marriage = await box(label(page, "Kim's marriage to Kris Humphries"));
  expect(marriage.y).toBeGreaterThanOrEqual(friends.y + friends.height);
  expect(marriage.x).toBeGreaterThan(friends.x);
  expect(marriage.x).toBeLessThan(friends.x + friends.width);
});

test('a band pans with the events, and its label stays in view when it began off screen', async ({
  page,
}) => {
  await openApp(page, '?view=2011-06..2012-06');
  const area = await box(canvas(page));
  // Friends began in 2002, long before this window: its label sits at the window's left edge.
  const friendsLabel = await box(label(page, 'Friends'));
  expect(Math.abs(friendsLabel.x - area.x)).toBeLessThan(2);
  const couple = band(page, 'Kim and Kanye, a couple');
  const marker = timeline(page).locator('[data-event-id="paris-fashion-show"]');
  const before = { band: (await box(couple)).x, marker: (await box(marker)).x };

  // Drag on empty canvas inside a band: the band takes no pointer, so the timeline pans.
  const y = (await box(couple)).y + (await box(couple)).height - 12;
  const startX = before.band + 40;
  await page.mouse.move(startX, y);
  await page.mouse.down();
  await page.mouse.move(startX - 150, y, { steps: 5 });
  await page.mouse.up();
  await settledViewParam(page);
  await expect(page).not.toHaveURL(/view=2011-06\.\.2012-06/);
  const after = { band: (await box(couple)).x, marker: (await box(marker)).x };
  expect(after.band).toBeLessThan(before.band - 100);
  // The band's start and the event on it moved together, to within a pixel.
  expect(Math.abs(after.band - before.band - (after.marker - before.marker))).toBeLessThan(1.5);
});

test('at 360 px, labels are cut with an ellipsis inside their band, and nothing scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await openApp(page);
  const couple = label(page, 'Kim and Kanye, a couple');
  await expect(couple).toBeVisible();
  const cut = await couple.evaluate((el) => ({
    overflow: getComputedStyle(el).textOverflow,
    clipped: el.scrollWidth > el.clientWidth,
  }));
  expect(cut).toEqual({ overflow: 'ellipsis', clipped: true });
  const labelBox = await box(couple);
  const bandBox = await box(band(page, 'Kim and Kanye, a couple'));
  expect(labelBox.x).toBeGreaterThanOrEqual(bandBox.x - 0.5);
  expect(labelBox.x + labelBox.width).toBeLessThanOrEqual(bandBox.x + bandBox.width + 0.5);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
