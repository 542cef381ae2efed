// Lanes (CONTRACT §9): shared lanes, or one labelled lane per person; the link carries it,
// keyboard stepping visits each event once, and the list says which lanes are shown.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  BUNDLED,
  canvas,
  expect,
  inDateOrder,
  openApp,
  test,
  timeline,
  viewParam,
} from './fixtures';

const lanesSelect = (page: Page) => page.getByRole('combobox', { name: 'Lanes' });
/** A labelled lane: a group named by its label (it has no box of its own: its label does). */
const lane = (page: Page, name: string) => timeline(page).getByRole('group', { name });
const laneLabel = (page: Page, name: string) => lane(page, name).locator('.lane-label');
const list = (page: Page) => page.getByRole('region', { name: /all events/i });
const ordered = inDateOrder(BUNDLED.events);

test('switching to one lane per person labels a lane for each, and the link says so', async ({
  page,
}) => {
  await openApp(page);
  await expect(lanesSelect(page)).toHaveValue('');
  await lanesSelect(page).selectOption({ label: 'One per person' });
  await expect(page).toHaveURL(/lanes=people/);
  for (const person of BUNDLED.people) {
    await expect(laneLabel(page, person.name)).toBeVisible();
    await expect(laneLabel(page, person.name)).toHaveText(person.name);
  }
  // An event with three people is drawn in each of their lanes.
  const born = timeline(page).locator('[data-event-id="north-west-born"]');
  await expect(born).toHaveCount(3);
  await expect(list(page)).toContainText('one lane per person: Kim Kardashian, Kanye West');
  await lanesSelect(page).selectOption({ label: 'Shared' });
  await expect(page).not.toHaveURL(/lanes=/);
  await expect(born).toHaveCount(1);
  await expect(list(page)).not.toContainText('one lane per person');
});

test('a lanes=people link opens with the lanes, and filters narrow them', async ({ page }) => {
  await openApp(page, '?lanes=people&people=kris-humphries');
  await expect(lanesSelect(page)).toHaveValue('people');
  await expect(laneLabel(page, 'Kris Humphries')).toBeVisible();
  await expect(laneLabel(page, 'Kim Kardashian')).toBeVisible();
  await expect(lane(page, 'North West')).toHaveCount(0);
});

test('lanes=groups in a dataset without groups is ignored with a notice', async ({ page }) => {
  await openApp(page, '?lanes=groups');
  await expect(page.getByText(/lanes=groups \(this dataset has no groups\)/)).toBeVisible();
  await expect(lanesSelect(page)).toHaveValue('');
});

test('labels stay at the left edge while the window pans', async ({ page }) => {
  await openApp(page, '?lanes=people&view=2011..2013');
  const label = laneLabel(page, 'Kanye West');
  const before = (await label.boundingBox())!;
  await timeline(page).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).not.toHaveURL(/view=2011\.\.2013/);
  const after = (await label.boundingBox())!;
  expect(after.x).toBe(before.x);
  const canvas = (await timeline(page).locator('.timeline-canvas').boundingBox())!;
  expect(after.x - canvas.x).toBeLessThan(12);
});

/** Where a lane draws its markers and pills, as the eye sees them. */
const drawn = (page: Page, name: string) =>
  lane(page, name).evaluate((box) =>
    [...box.querySelectorAll<HTMLElement>('[data-event-id], [data-cluster]')]
      .map((el) => `${el.dataset.eventId ?? el.textContent}@${el.style.transform}`)
      .join('|'),
  );

test('a lane below the fold waits out a wheel zoom, then shows the window on screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 400 });
  await openApp(page, '?lanes=people');
  const last = BUNDLED.people.at(-1)!.name;
  await canvas(page).evaluate((node) => node.scrollIntoView({ block: 'start' }));
  await expect(lane(page, last)).not.toBeInViewport();
  const before = await drawn(page, last);
  const box = (await canvas(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 120);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
  // The URL is written once the window holds still, and by then every lane has caught up.
  await expect.poll(() => viewParam(page)).not.toBeNull();
  await expect(lane(page, last)).not.toHaveAttribute('aria-busy');
  const settled = await drawn(page, last);
  expect(settled).not.toBe(before);
  await lane(page, last).scrollIntoViewIfNeeded();
  await expect(lane(page, last)).toBeInViewport();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(await drawn(page, last)).toBe(settled);
});

test('arrow keys visit each event once, in date order, across lanes', async ({ page }) => {
  await openApp(page, '?lanes=people');
  const first = timeline(page).locator(`[data-event-id="${ordered[0]!.id}"]`).first();
  await first.focus();
  // One Tab stop per event: only the first instance of an event takes Tab.
  await expect(timeline(page).locator('[data-event-id][tabindex="0"]')).toHaveCount(1);
  const seen: string[] = [];
  for (let i = 0; i < ordered.length; i++) {
    seen.push(
      await page.evaluate(() => (document.activeElement as HTMLElement).dataset.eventId ?? ''),
    );
    await page.keyboard.press('ArrowRight');
  }
  expect(seen).toEqual(ordered.map((e) => e.id));
});

test('opening an event drawn in several lanes anchors its dialog and returns focus', async ({
  page,
}) => {
  await openApp(page, '?lanes=people');
  const title = BUNDLED.events.find((e) => e.id === 'north-west-born')!.title;
  await timeline(page).locator('[data-event-id="north-west-born"]').nth(1).click();
  await expect(page.getByRole('dialog', { name: title })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
  await expect(page).toHaveURL(/lanes=people/);
});

test('axe: no serious or critical violation with lanes on, light and dark', async ({ page }) => {
  test.setTimeout(90_000);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await openApp(page, '?lanes=people');
    await expect(laneLabel(page, 'Kim Kardashian')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`),
      colorScheme,
    ).toEqual([]);
  }
});
