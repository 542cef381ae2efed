// CONTRACT §10, first paint: dist/index.html holds the bundled story already drawn. Without
// JavaScript it reads as the story; with it, React hydrates that page without a jump; the
// remembered theme and a ?data= download start before the bundle does.
import type { Page } from '@playwright/test';
import type { DatasetJson } from '../../src/domain/datasetSchema';
import { SMALL, expect, readJson, test, timeline, waitReady } from './fixtures';

const dataset = readJson<DatasetJson>('src/data/kim-kanye.json');
const PROPOSAL = dataset.events.find((event) => event.id === 'proposal')!;
const WEDDING = dataset.events.find((event) => event.id === 'florence-wedding')!;
/** The app's entry chunk: while it is held, what the page shows is the HTML's own doing. */
const BUNDLE = /\/assets\/index-[^/]+\.js$/;

const eventList = (page: Page) => page.locator('#event-list');
const title = (page: Page, name = dataset.title) =>
  page.getByRole('heading', { level: 1, name, exact: true });

/** Hold the bundle until the returned function is called. */
async function holdBundle(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(BUNDLE, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('index.html reads as the story: every event, its quotes and sources, the eras', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(title(page)).toBeVisible();
    const list = eventList(page);
    for (const event of dataset.events) {
      await expect(list.getByRole('link', { name: event.title, exact: true })).toBeVisible();
      for (const quote of event.quotes)
        await expect(list.getByText(quote.text, { exact: false }).first()).toBeVisible();
      for (const id of event.sources) {
        const source = dataset.sources.find((s) => s.id === id)!;
        await expect(list.getByText(source.title, { exact: false }).first()).toBeVisible();
      }
    }
    const eras = list.getByRole('region', { name: 'Eras' });
    for (const era of dataset.eras) await expect(eras).toContainText(era.title);
    await expect(page.getByText(/needs JavaScript/)).toHaveCount(0);
    // Controls that would do nothing without a script are not offered.
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
    await expect(page.getByRole('search', { name: 'Filters' })).toBeHidden();
  });

  test("a list link opens that event's own page, in full, and on from there", async ({ page }) => {
    // Under a sub-path too: every link is relative.
    await page.goto('/sub/');
    await eventList(page).getByRole('link', { name: PROPOSAL.title, exact: true }).click();
    await expect(page).toHaveURL(/\/sub\/e\/proposal\/$/);
    const dialog = page.getByRole('dialog', { name: PROPOSAL.title });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(PROPOSAL.summary);
    await expect(dialog.getByRole('button')).toHaveCount(0);
    await expect(title(page)).toBeVisible();

    await eventList(page).getByRole('link', { name: WEDDING.title, exact: true }).click();
    await expect(page).toHaveURL(/\/sub\/e\/florence-wedding\/$/);
    await expect(page.getByRole('dialog', { name: WEDDING.title })).toContainText(WEDDING.summary);
  });
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 360, height: 780 },
]) {
  test(`at ${viewport.width} px React adopts the drawn page: no mismatch, no layout shift`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const problems: string[] = [];
    page.on('console', (message) => {
      if (['error', 'warning'].includes(message.type())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript(() => {
      const w = window as unknown as { shifted: number };
      w.shifted = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
          w.shifted += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const release = await holdBundle(page);
    await page.goto('/', { waitUntil: 'commit' });

    // Before the bundle: the story is on screen, the canvas reserved but not drawn.
    await expect(title(page)).toBeVisible();
    await expect(eventList(page).getByRole('link', { name: PROPOSAL.title })).toBeVisible();
    await expect(timeline(page).locator('[data-event-id]')).toHaveCount(0);
    const before = await timeline(page).boundingBox();
    // Hydration keeps the nodes it found; a fresh render would replace this one.
    await title(page).evaluate((h1) => h1.setAttribute('data-test-seen', ''));

    release();
    await waitReady(page);
    await expect(timeline(page).locator('[data-event-id]').first()).toBeVisible();
    await expect(title(page)).toHaveAttribute('data-test-seen', '');
    expect(await timeline(page).boundingBox()).toEqual(before);
    const shifted = await page.evaluate(() => (window as unknown as { shifted: number }).shifted);
    expect(shifted).toBeLessThan(0.05);
    expect(problems).toEqual([]);
  });
}

test('the drawn page is styled by the HTML alone: no stylesheet to wait for before it paints', async ({
  page,
}) => {
  // On a phone a linked sheet cost a round trip after the HTML, and the drawn story stayed
  // unpainted until it came (CONTRACT §10, first paint).
  const sheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') sheets.push(request.url());
  });
  await holdBundle(page); // never released: what shows is the HTML's own doing
  await page.goto('/', { waitUntil: 'commit' });
  await expect(title(page)).toBeVisible();
  const canvas = await timeline(page)
    .locator('.timeline-canvas')
    .evaluate((node) => getComputedStyle(node).position);
  expect(canvas).toBe('relative');
  expect(sheets).toEqual([]);
});

test.describe('a reader who chose the dark theme, on a light system', () => {
  test.use({ colorScheme: 'light' });

  test('sees it from the first frame, before the bundle runs', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('timeline-theme', 'dark');
      // The first frame with a body to paint: what the reader sees first.
      const w = window as unknown as { firstFrame?: string };
      requestAnimationFrame(function look() {
        if (document.body) w.firstFrame = getComputedStyle(document.body).backgroundColor;
        else requestAnimationFrame(look);
      });
    });
    await holdBundle(page); // never released: none of the app's code runs
    await page.goto('/', { waitUntil: 'commit' });
    await expect(title(page)).toBeVisible();
    const seen = await page.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      firstFrame: (window as unknown as { firstFrame?: string }).firstFrame,
      now: getComputedStyle(document.body).backgroundColor,
    }));
    expect(seen).toEqual({ theme: 'dark', firstFrame: 'rgb(20, 20, 20)', now: 'rgb(20, 20, 20)' });
  });
});

test('a ?data= link is fetched and read before the bundle runs, once, and never shows the bundled story', async ({
  page,
}) => {
  const url = '/fixtures/small.json';
  const requests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === url) requests.push(request.url());
  });
  const release = await holdBundle(page);
  await page.goto(`/?data=${url}`, { waitUntil: 'commit' });
  await expect.poll(() => requests.length).toBe(1);
  // The dataset worker the head script started has already read and checked it.
  await expect
    .poll(() =>
      page.evaluate(() =>
        window.__datasetPrefetch?.worker?.said.some(
          (message) => (message as { type?: string }).type === 'dataset',
        ),
      ),
    )
    .toBe(true);
  // The page in the HTML is the bundled story, not the one asked for: it stays out of sight.
  await expect(page.locator('#root')).toBeHidden();
  await expect(title(page)).toBeHidden();

  release();
  await waitReady(page);
  await expect(title(page, SMALL.title)).toBeVisible();
  await expect(title(page)).toHaveCount(0);
  expect(requests).toHaveLength(1);
});
