// Groups (CONTRACT §7): a story with groups gets a Groups filter like People, and its links
// carry groups=. The story is vis-timeline's own groups example, read through ?data=.
import type { Page } from '@playwright/test';
import { expect, openApp, statusLine, test, timeline } from './fixtures';

const DATA = '?data=/fixtures/formats/vis-groups-ordering.json';
const groups = (page: Page) => page.getByRole('group', { name: 'Groups' });
const box = (page: Page, name: string) => groups(page).getByRole('checkbox', { name });
const groupsParam = (page: Page) => new URL(page.url()).searchParams.get('groups');
/** The ids drawn on the timeline, sorted. */
const drawn = (page: Page) =>
  timeline(page)
    .locator('[data-event-id]')
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.eventId!).sort());

test('a groups= link opens filtered, notes an unknown group, and follows the checkboxes', async ({
  page,
}) => {
  await openApp(page, `${DATA}&groups=first,fourth`);
  await expect(box(page, 'First')).toBeChecked();
  await expect(box(page, 'Second')).not.toBeChecked();
  await expect(statusLine(page)).toHaveText('2 of 6 events');
  await expect(page.getByRole('note')).toContainText('group "fourth" (no such group)');
  await expect.poll(() => groupsParam(page)).toBe('first');
  await expect.poll(() => drawn(page)).toEqual(['item-0', 'item-1']);

  // The keyboard alone: Tab to Second, Space ticks it, the link follows at once.
  await box(page, 'First').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(box(page, 'Second')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(statusLine(page)).toHaveText('3 of 6 events');
  await expect.poll(() => groupsParam(page)).toBe('first,second');
  await expect.poll(() => drawn(page)).toEqual(['item-0', 'item-1', 'item-5']);

  // A reload is a shared link: the same groups come back.
  await page.reload();
  await expect(box(page, 'Second')).toBeChecked();
  await expect(box(page, 'Third')).not.toBeChecked();
  await expect(statusLine(page)).toHaveText('3 of 6 events');
});

test('Copy link hands out the groups with the event', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, `${DATA}&groups=third`);
  await timeline(page)
    .getByRole('button', { name: /^item 4/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'item 4' });
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByText('Link copied')).toBeVisible();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.searchParams.get('groups')).toBe('third');
  expect(copied.searchParams.get('event')).toBe('item-4');
});

test('groups= on the bundled story, which has none, is ignored with a notice', async ({ page }) => {
  await openApp(page, '?groups=first&people=kim');
  await expect(page.getByRole('note')).toContainText('groups=first (this dataset has no groups)');
  await expect(groups(page)).toHaveCount(0);
  await expect.poll(() => groupsParam(page)).toBeNull();
  await expect(page).toHaveURL(/people=kim/);
});
