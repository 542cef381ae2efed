// CONTRACT §1–4 foundations: the bundled story on screen, datasets from ?data=, bad datasets
// refused with the place named, the build under a sub-path, small screens, partial dates, and
// dataset text shown as text.
import type { Locator, Page } from '@playwright/test';
import {
  BUNDLED,
  canvas,
  SMALL,
  escapeRegExp,
  eventButton,
  expect,
  inDateOrder,
  openApp,
  statusLine,
  test,
  timeline,
  waitReady,
} from './fixtures';

const eventList = (page: Page) => page.getByRole('region', { name: 'All events, in order' });

/** Events on the timeline: drawn buttons plus the members of clusters. */
async function drawnCount(page: Page): Promise<number> {
  await expect(timeline(page).locator('[data-event-id]').first()).toBeVisible();
  return timeline(page).evaluate((region) => {
    const events = region.querySelectorAll('[data-event-id]').length;
    const clustered = [...region.querySelectorAll<HTMLElement>('[data-cluster]')].reduce(
      (sum, el) => sum + Number(el.dataset.cluster),
      0,
    );
    return events + clustered;
  });
}

/** The cluster button whose name ("3 events, 2012", "5 events, 2011–2013") covers `year`. */
async function clusterCovering(page: Page, year: number): Promise<Locator | null> {
  const clusters = timeline(page).locator('[data-cluster]');
  for (const cluster of await clusters.all()) {
    const name = (await cluster.getAttribute('aria-label')) ?? (await cluster.innerText());
    const match = /^\d+ events?, (\d{4})(?:–(\d{4}))?$/.exec(name);
    if (match && Number(match[1]) <= year && year <= Number(match[2] ?? match[1])) return cluster;
  }
  return null;
}

test.describe('the bundled dataset', () => {
  test('has the page title and heading', async ({ page }) => {
    await openApp(page);
    await expect(page).toHaveTitle(BUNDLED.title);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(BUNDLED.title);
  });

  test('draws every event as a button named by its title, or in a cluster that expands to it', async ({
    page,
  }) => {
    await openApp(page);
    const n = BUNDLED.events.length;
    // Nothing is lost: drawn events plus the members of clusters make up the whole story.
    expect(await drawnCount(page)).toBe(n);

    for (const event of BUNDLED.events) {
      const button = eventButton(page, event.title);
      if ((await button.count()) === 0) {
        // Folded into a cluster (CONTRACT §4: "clusters that expand"): opening it shows it.
        const year = Number(event.date.slice(0, 4));
        const cluster = await clusterCovering(page, year);
        expect(cluster, `${event.id} is drawn or in a cluster`).not.toBeNull();
        await cluster!.click();
        await expect(button, `${event.id} after opening its cluster`).toHaveCount(1);
        await page.getByRole('button', { name: 'Reset view' }).click();
        await expect(page.getByRole('button', { name: 'Reset view' })).toBeDisabled();
      }
      await expect(button, event.id).toHaveCount(1);
    }
  });

  test('counts the events in the status line', async ({ page }) => {
    await openApp(page);
    const n = BUNDLED.events.length;
    await expect(statusLine(page)).toHaveText(`${n} of ${n} events`);
  });

  test('lists every event in date order', async ({ page }) => {
    await openApp(page);
    const list = eventList(page);
    for (const event of BUNDLED.events) {
      await expect(list.getByRole('link', { name: event.title, exact: true })).toHaveCount(1);
    }
    const titles = await list.getByRole('listitem').getByRole('link').allTextContents();
    expect(titles).toEqual(inDateOrder(BUNDLED.events).map((e) => e.title));
  });

  test('labels a year-precision event with the year only', async ({ page }) => {
    const yearOnly = BUNDLED.events.find((e) => /^\d{4}$/.test(e.date) && !e.end);
    expect(yearOnly, 'the bundled dataset has a year-precision point event').toBeDefined();
    const { title, date } = yearOnly!;
    await openApp(page);

    const row = eventList(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: title, exact: true }) });
    await expect(row).toContainText(date);
    await expect(row).not.toContainText(`1 Jan ${date}`);
    await expect(eventButton(page, title)).toHaveAccessibleName(
      new RegExp(`^${escapeRegExp(title)}\\s*,\\s*${date}$`),
    );
    await expect(page.getByText(`1 Jan ${date}`)).toHaveCount(0);

    // Its popover says the same.
    await eventButton(page, title).click();
    const dialog = page.getByRole('dialog', { name: title });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(date);
    await expect(dialog).not.toContainText(`1 Jan ${date}`);
  });

  test('has no sideways page scroll at 360 px', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await openApp(page);
    const overflow = await page.evaluate(() => {
      const root = document.scrollingElement!;
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
    });
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
  });
});

test.describe('?data= loads another dataset', () => {
  test('replaces the bundled story with the fixture', async ({ page }) => {
    await openApp(page, '?data=/fixtures/small.json');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SMALL.title);
    await expect(page).toHaveTitle(SMALL.title);
    await expect(statusLine(page)).toHaveText('4 of 4 events');
    for (const event of SMALL.events) {
      await expect(eventButton(page, event.title), event.id).toHaveCount(1);
      await expect(
        eventList(page).getByRole('link', { name: event.title, exact: true }),
      ).toHaveCount(1);
    }
    for (const event of BUNDLED.events) {
      await expect(page.getByText(event.title, { exact: true })).toHaveCount(0);
    }
    await expect(page.getByRole('group', { name: 'People' }).getByRole('checkbox')).toHaveCount(
      SMALL.people.length,
    );
  });

  test('refuses a dataset that breaks the schema, naming the place', async ({ page }) => {
    await page.goto('/?data=/fixtures/invalid.json');
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(/events\[\d+\]\.date/);
    await expect(alert).toContainText('"2012-13"');
    await expect(alert).toContainText('expected YYYY, YYYY-MM or YYYY-MM-DD');
    // Never a half-drawn timeline.
    await expect(timeline(page)).toHaveCount(0);

    await alert.getByRole('button', { name: 'Load the bundled dataset' }).click();
    await waitReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(BUNDLED.title);
    const n = BUNDLED.events.length;
    await expect(statusLine(page)).toHaveText(`${n} of ${n} events`);
    expect(new URL(page.url()).searchParams.has('data')).toBe(false);
  });

  test('refuses a file that is not JSON', async ({ page }) => {
    await page.goto('/?data=/fixtures/not-json.json');
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(/JSON/);
    await expect(alert.getByRole('button', { name: 'Load the bundled dataset' })).toBeVisible();
    await expect(timeline(page)).toHaveCount(0);
  });

  test('says so when the dataset is not found', async ({ page, guard }) => {
    // Chromium itself logs the failed fetch; that one console error is the point of this test.
    guard.allowConsoleError(/Failed to load resource: .*404/);
    await page.goto('/?data=/fixtures/no-such-file.json');
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('404');
    await expect(alert).toContainText('/fixtures/no-such-file.json');
    await alert.getByRole('button', { name: 'Load the bundled dataset' }).click();
    await waitReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(BUNDLED.title);
  });

  test('shows dataset text as text, never as markup', async ({ page }) => {
    await openApp(page, '?data=/fixtures/markup.json');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Markup <b>bold</b> stays text');
    await expect(heading.locator('b')).toHaveCount(0);
    const title = 'A <b>bold</b> <img src=x onerror="window.__xss=1"> title';
    await expect(eventButton(page, title)).toHaveCount(1);
    await expect(eventList(page).getByRole('link', { name: title, exact: true })).toHaveCount(1);
    await expect(page.locator('main img, main b')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  });
});

test('the build works under a sub-path, every asset loading', async ({ page }) => {
  const failures: string[] = [];
  const requested: string[] = [];
  page.on('requestfailed', (request) => failures.push(`${request.url()} failed`));
  page.on('response', (response) => {
    requested.push(response.url());
    if (response.status() >= 400) failures.push(`${response.url()} ${response.status()}`);
  });
  await page.goto('/sub/');
  await waitReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BUNDLED.title);
  const n = BUNDLED.events.length;
  await expect(statusLine(page)).toHaveText(`${n} of ${n} events`);
  expect(await drawnCount(page)).toBe(n);

  // Styles applied: our stylesheet (inline in index.html, or loaded from under the sub-path)
  // with its rules, and the canvas is laid out by it (positioned, clipping, taking the drag),
  // not an unstyled stack.
  const ruleCount = await page.evaluate(() =>
    [...document.styleSheets]
      .filter((sheet) => sheet.href === null || sheet.href.includes('/sub/'))
      .reduce((n, sheet) => n + sheet.cssRules.length, 0),
  );
  expect(ruleCount).toBeGreaterThan(20);
  const style = await canvas(page).evaluate((node) => {
    const css = getComputedStyle(node);
    return { position: css.position, overflow: css.overflow, touchAction: css.touchAction };
  });
  expect(style).toEqual({ position: 'relative', overflow: 'hidden', touchAction: 'pan-y' });
  expect(failures).toEqual([]);
  const assets = requested.filter((url) => /\.(js|css|svg)(\?|$)/.test(url));
  expect(assets.length).toBeGreaterThan(0);
  for (const url of assets) expect(new URL(url).pathname, url).toMatch(/^\/sub\//);
});
