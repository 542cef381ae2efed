// Big datasets (CONTRACT §10): parsed in a worker with a progress bar and Cancel, and refused
// past the limits, also when the server never says how big. The slow, huge and endless
// responses come from loadingRoutes.mjs; a held one waits for the test, so nothing sleeps.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, statusLine, test, timeline, waitReady } from './fixtures';

const bar = (page: Page) => page.getByRole('progressbar', { name: 'Loading dataset' });

/** The 10,000-event dataset the held responses send (test/e2e/server.mjs). */
async function bigDataset(page: Page): Promise<Buffer> {
  return (await page.request.get('/fixtures/big-10000.json')).body();
}

/** What the server saw of the response tagged `id`. */
async function served(page: Page, id: string): Promise<{ sent: number; closed: boolean }> {
  const response = await page.request.get(`/loading/stats?id=${id}`);
  return (await response.json()) as { sent: number; closed: boolean };
}

/** Serious and critical axe-core violations (CONTRACT §4), by rule and first target. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
}

const openData = (page: Page, url: string) => page.goto(`/?data=${encodeURIComponent(url)}`);

/** The dataset worker's start, seen from outside: it is its own script, loaded on demand. */
const workerStarted = (page: Page) =>
  page.waitForEvent('worker', { predicate: (w) => /datasetWorker/.test(w.url()) });

test('a big dataset shows the bytes read of its size, then opens from the worker', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const size = (await bigDataset(page)).length;
  const worker = workerStarted(page);
  await openData(page, '/loading/held.json?id=progress');
  await worker;
  await expect(bar(page)).toHaveAttribute(
    'aria-valuetext',
    `1.5 MB of ${(size / 1e6).toFixed(1)} MB`,
  );
  await expect(bar(page)).toHaveAttribute('aria-valuemax', String(size));
  await expect(bar(page)).toHaveAttribute('aria-valuenow', '1500000');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);

  await page.request.get('/loading/open?id=progress');
  await waitReady(page, 45_000);
  await expect(statusLine(page)).toHaveText('10000 of 10000 events');
});

test('Cancel stops the download and returns to the bundled story', async ({ page }) => {
  await openData(page, '/loading/held.json?id=cancel&length=0');
  await expect(bar(page)).toHaveAttribute('aria-valuetext', '1.5 MB read');
  await expect(bar(page)).not.toHaveAttribute('aria-valuemax');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Cancel' }).click();
  await waitReady(page);
  await expect(statusLine(page)).toHaveText('10 of 10 events');
  await expect(timeline(page)).toBeFocused();
  expect(new URL(page.url()).searchParams.has('data')).toBe(false);
  await expect.poll(async () => (await served(page, 'cancel')).closed).toBe(true);
});

test('a response that declares a size past the limit is refused before it is read', async ({
  page,
}) => {
  await openData(page, '/loading/huge.json?id=huge');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('is 3.2 GB; this app opens datasets up to 150 MB');
  await expect.poll(async () => (await served(page, 'huge')).closed).toBe(true);
  await alert.getByRole('button', { name: 'Load the bundled dataset' }).click();
  await waitReady(page);
  await expect(statusLine(page)).toHaveText('10 of 10 events');
});

test('a response without a length is stopped once it passes the limit', async ({ page }) => {
  test.setTimeout(90_000);
  await openData(page, '/loading/endless.json?id=endless');
  // Counted while it streams: the bar says how much, with no total to say it of.
  await expect(bar(page)).toHaveAttribute('aria-valuetext', /^\d+\.\d MB read$/);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    /reading stopped at 15\d\.\d MB; this app opens datasets up to 150 MB/,
    { timeout: 60_000 },
  );
  // The download was dropped there, not buffered to the end (there is none).
  await expect.poll(async () => (await served(page, 'endless')).closed).toBe(true);
  expect((await served(page, 'endless')).sent).toBeLessThan(200_000_000);
  // The page lives on.
  await alert.getByRole('button', { name: 'Load the bundled dataset' }).click();
  await waitReady(page);
  await expect(statusLine(page)).toHaveText('10 of 10 events');
});

test('a big file opened from the computer is read in the worker', async ({ page }) => {
  // 10,000 events to parse, check and draw, on a machine shared with other test runs.
  test.setTimeout(60_000);
  await page.goto('/');
  await waitReady(page);
  const worker = workerStarted(page);
  await page.locator('input[type=file]').setInputFiles({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: await bigDataset(page),
  });
  await worker;
  await waitReady(page, 45_000);
  await expect(statusLine(page)).toHaveText('10000 of 10000 events');
  await expect(page.getByRole('note').filter({ hasText: 'big.json' })).toBeVisible();
});
