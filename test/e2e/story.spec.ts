// Story mode (CONTRACT §9): a guided tour of the shown events in date order, driven by buttons
// and keys, moving on by itself unless paused, held or under reduced motion; the link carries it.
// Time runs on Playwright's fake clock, so autoplay is fast-forwarded rather than waited for.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { BUNDLED, expect, inDateOrder, openApp, test, timeline } from './fixtures';

const ordered = inDateOrder(BUNDLED.events);
const total = ordered.length;
const titleAt = (i: number) => ordered[i]!.title;

const playButton = (page: Page) => page.getByRole('button', { name: 'Play story', exact: true });
const dialog = (page: Page) => page.getByRole('dialog');
const story = (page: Page) => dialog(page).getByRole('group', { name: 'Story' });
const control = (page: Page, name: string) =>
  story(page).getByRole('button', { name, exact: true });
const progress = (page: Page) => story(page).locator('[aria-live="polite"]');

/** At stop `i` (0-based): the dialog is that event's and the progress line says so. */
async function expectStop(page: Page, i: number) {
  await expect(dialog(page)).toHaveAccessibleName(titleAt(i));
  await expect(progress(page)).toContainText(`${i + 1} of ${total}`);
  await expect(page).toHaveURL(new RegExp(`event=${ordered[i]!.id}&story=1`));
}

/** Start the tour with the pointer parked off the dialog, so nothing holds it. */
async function play(page: Page) {
  await playButton(page).click();
  await page.mouse.move(1, 1);
  await expectStop(page, 0);
}

test('Play story opens the first event; Next and Previous step through the tour', async ({
  page,
}) => {
  await openApp(page);
  await play(page);
  await expect(story(page)).toBeVisible();
  await control(page, 'Pause').click();
  await control(page, 'Next').click();
  await expectStop(page, 1);
  await control(page, 'Next').click();
  await expectStop(page, 2);
  await control(page, 'Previous').click();
  await expectStop(page, 1);
  // Stepping keeps focus on the control: the tour never drops it to the page.
  await expect(control(page, 'Previous')).toBeFocused();
});

test('the tour stops at both ends', async ({ page }) => {
  await openApp(page, `?event=${ordered[total - 1]!.id}&story=1`);
  await expectStop(page, total - 1);
  await expect(control(page, 'Next')).toHaveAttribute('aria-disabled', 'true');
  // aria-disabled, not disabled: it keeps focus, and pressing it does nothing.
  await control(page, 'Next').focus();
  await page.keyboard.press('Enter');
  await expectStop(page, total - 1);
  await expect(control(page, 'Next')).toBeFocused();
});

test('keys: arrows step, Space pauses and plays, Escape exits to Play story', async ({ page }) => {
  await openApp(page);
  await play(page);
  await expect(dialog(page)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expectStop(page, 1);
  await page.keyboard.press('ArrowRight');
  await expectStop(page, 2);
  await page.keyboard.press('ArrowLeft');
  await expectStop(page, 1);
  await page.keyboard.press('Space');
  await expect(control(page, 'Play')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(control(page, 'Pause')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/story=/);
  await expect(playButton(page)).toBeFocused();
});

test('the dialog shows the stop with its quote, and nothing traps Tab', async ({ page }) => {
  await openApp(page);
  await play(page);
  await expect(dialog(page).locator('blockquote').first()).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(control(page, 'Pause')).toBeFocused();
  // Tab runs on through the dialog and out of it again.
  for (let i = 0; i < 30; i++) await page.keyboard.press('Tab');
  const inDialog = await dialog(page).evaluate((d) => d.contains(document.activeElement));
  expect(inDialog).toBe(false);
});

test.describe('autoplay, on a fake clock', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install();
  });

  test('moves on by itself after a reading time of a few seconds', async ({ page }) => {
    await openApp(page);
    await play(page);
    await page.clock.runFor(2_500);
    await expectStop(page, 0);
    await page.clock.runFor(10_000);
    await expectStop(page, 1);
    await page.clock.runFor(10_500);
    await expectStop(page, 2);
  });

  test('holds while paused and while the pointer rests on the dialog', async ({ page }) => {
    await openApp(page);
    await play(page);
    await control(page, 'Pause').click();
    await page.mouse.move(1, 1);
    await page.clock.runFor(30_000);
    await expectStop(page, 0);
    await control(page, 'Play').click();
    // The pointer now rests on the dialog (on the button it just pressed): still held.
    await page.clock.runFor(30_000);
    await expectStop(page, 0);
    await page.mouse.move(1, 1);
    await page.clock.runFor(10_500);
    await expectStop(page, 1);
  });

  test('holds while the reader selects text in the dialog', async ({ page }) => {
    await openApp(page);
    await play(page);
    await dialog(page)
      .locator('h2')
      .evaluate((h) => document.getSelection()?.selectAllChildren(h));
    await page.clock.runFor(30_000);
    await expectStop(page, 0);
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    await page.clock.runFor(10_500);
    await expectStop(page, 1);
  });

  test('stops at the last event, and Play there starts over', async ({ page }) => {
    await openApp(page, `?event=${ordered[total - 2]!.id}&story=1`);
    await page.mouse.move(1, 1);
    await page.clock.runFor(10_500);
    await expectStop(page, total - 1);
    await page.clock.runFor(30_000);
    await expectStop(page, total - 1);
    await expect(control(page, 'Play')).toBeVisible();
    await control(page, 'Play').click();
    await expectStop(page, 0);
  });

  test('never moves on by itself under reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(page);
    await play(page);
    await expect(story(page).getByRole('button', { name: /^(Pause|Play)$/ })).toHaveCount(0);
    await page.clock.runFor(60_000);
    await expectStop(page, 0);
    await control(page, 'Next').click();
    await expectStop(page, 1);
  });
});

test('a story=1 link resumes the tour there, playing, with Pause the first stop for Tab', async ({
  page,
}) => {
  await page.clock.install();
  const i = 5;
  await openApp(page, `?event=${ordered[i]!.id}&story=1`);
  await page.mouse.move(1, 1);
  await expectStop(page, i);
  await expect(dialog(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(control(page, 'Pause')).toBeFocused();
  await page.clock.runFor(10_500);
  await expectStop(page, i + 1);
});

test('the tour follows the filters and the view glides to each stop', async ({ page }) => {
  await openApp(page, '?people=kris-humphries');
  await playButton(page).click();
  await expect(progress(page)).toContainText('1 of 1');
  const id = 'marriage-to-kris-humphries';
  await expect(timeline(page).locator(`[data-event-id="${id}"]`).first()).toBeInViewport();
  await expect(page).toHaveURL(/view=/);
});

test('Back leaves the story; Forward resumes it', async ({ page }) => {
  await openApp(page);
  await play(page);
  await control(page, 'Pause').click();
  await control(page, 'Next').click();
  await expectStop(page, 1);
  await page.goBack();
  await expect(dialog(page)).toHaveCount(0);
  await page.goForward();
  await expectStop(page, 1);
});

test('axe: no serious or critical violation with the story open, light and dark', async ({
  page,
}) => {
  test.setTimeout(90_000);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await openApp(page, `?event=${ordered[4]!.id}&story=1`);
    await expect(story(page)).toBeVisible();
    await control(page, 'Pause').click();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`),
      colorScheme,
    ).toEqual([]);
  }
});
