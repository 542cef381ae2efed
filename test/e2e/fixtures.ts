// Shared end-to-end fixtures and helpers. Every spec imports `test` and `expect` from here, so
// every test fails on a console error, an uncaught page error, or a request that leaves
// 127.0.0.1/localhost (CONTRACT: the app works from any static host, with no outside calls).
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

export { expect };

/** Lets a test declare the console errors it expects (say, the browser's note on a 404). */
export interface PageGuard {
  /** Console errors matching `pattern` are expected in this test and don't fail it. */
  allowConsoleError: (pattern: RegExp) => void;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

function isLocal(url: string): boolean {
  try {
    const parsed = new URL(url);
    return LOCAL_SCHEMES.has(parsed.protocol) || LOCAL_HOSTS.has(parsed.hostname);
  } catch {
    return false;
  }
}

export const test = base.extend<{ guard: PageGuard }>({
  guard: [
    async ({ context }, use) => {
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      context.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (allowed.some((pattern) => pattern.test(text))) return;
        const { url, lineNumber } = message.location();
        problems.push(`console error: ${text}${url ? ` (${url}:${lineNumber})` : ''}`);
      });
      context.on('weberror', (error) => {
        problems.push(`page error: ${error.error().stack ?? error.error().message}`);
      });
      context.on('request', (request) => {
        if (!isLocal(request.url()))
          problems.push(`request off 127.0.0.1/localhost: ${request.url()}`);
      });
      await use({ allowConsoleError: (pattern) => allowed.push(pattern) });
      expect(problems, 'console errors, page errors or outside requests').toEqual([]);
    },
    { auto: true },
  ],
});

// ---------------------------------------------------------------------------------------------
// The bundled dataset, read straight from the source so the tests follow it.

export interface DatasetEventJson {
  id: string;
  date: string;
  end?: string;
  title: string;
  people: string[];
}
export interface DatasetJsonFile {
  title: string;
  range: { start: string; end: string };
  people: { id: string; name: string }[];
  events: DatasetEventJson[];
}

export function readJson<T>(pathFromRepoRoot: string): T {
  return JSON.parse(
    readFileSync(new URL(`../../${pathFromRepoRoot}`, import.meta.url), 'utf8'),
  ) as T;
}

export const BUNDLED = readJson<DatasetJsonFile>('src/data/kim-kanye.json');
export const SMALL = readJson<DatasetJsonFile>('test/fixtures/small.json');

/** The events in date order (stable for ties, as the app sorts them). */
export function inDateOrder(events: readonly DatasetEventJson[]): DatasetEventJson[] {
  return [...events].sort((a, b) => startOfIso(a.date) - startOfIso(b.date));
}

// ---------------------------------------------------------------------------------------------
// Page helpers.

/** The timeline region (CONTRACT §4). */
export const timeline = (page: Page): Locator => page.getByRole('region', { name: 'Timeline' });

/** The area that takes wheel, drag and pinch: the part of the timeline under the toolbar. */
export const canvas = (page: Page): Locator => timeline(page).locator('.timeline-canvas');

/** The "N of M events" live region. */
export const statusLine = (page: Page): Locator =>
  page.getByRole('status').filter({ hasText: /\d+ of \d+ events?/ });

/** The event button on the timeline whose accessible name begins with `title`. */
export const eventButton = (page: Page, title: string): Locator =>
  timeline(page).getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}`) });

/**
 * Wait until the timeline is drawn: the app sets `data-ready` once the canvas is measured and
 * the window drawn at that width, so geometry read after this is the real layout.
 */
export async function waitReady(page: Page, timeout?: number): Promise<void> {
  await page.locator('[aria-label="Timeline"][data-ready="true"]').waitFor({ timeout });
}

/** Open the app at `query` (e.g. `?view=2012..2013`) and wait for the timeline. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await waitReady(page);
}

/** The `view` query parameter, or null when the whole range is shown. */
export function viewParam(page: Page): string | null {
  return new URL(page.url()).searchParams.get('view');
}

export interface TimeWindow {
  start: number;
  end: number;
}

/** `2011-06..2012-12` as epoch ms, [start of the first part, end of the last part). */
export function parseView(text: string): TimeWindow {
  const [from, to, ...rest] = text.split('..');
  if (!from || !to || rest.length > 0) throw new Error(`not a view: ${text}`);
  return { start: startOfIso(from), end: endOfIso(to) };
}

/** The window the `view` param names, or null when there is none. */
export function currentView(page: Page): TimeWindow | null {
  const param = viewParam(page);
  return param === null ? null : parseView(param);
}

/** Poll the `view` param until it differs from `before` and return the new window. */
export async function nextView(page: Page, before: string | null): Promise<TimeWindow | null> {
  await expect.poll(() => viewParam(page), { timeout: 5_000 }).not.toBe(before);
  return currentView(page);
}

export const DAY_MS = 86_400_000;
export const spanOf = (w: TimeWindow) => w.end - w.start;

export function startOfIso(text: string): number {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text);
  if (!match) throw new Error(`not an ISO partial date: ${text}`);
  return Date.UTC(Number(match[1]), Number(match[2] ?? 1) - 1, Number(match[3] ?? 1));
}

export function endOfIso(text: string): number {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text);
  if (!match) throw new Error(`not an ISO partial date: ${text}`);
  const [y, m, d] = [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
  if (!match[2]) return Date.UTC(y + 1, 0, 1);
  if (!match[3]) return Date.UTC(y, m, 1);
  return Date.UTC(y, m - 1, d + 1);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Wait until the `view` param stops changing (a gesture or glide done, the throttled URL
 * written): the same value on two polls further apart than the URL writer's 250 ms. Returns the
 * param, null for the whole range.
 */
export async function settledViewParam(page: Page): Promise<string | null> {
  // A glide in flight keeps the Timeline busy; only then can the URL settle on its last write.
  await expect(page.locator('[aria-label="Timeline"][aria-busy="true"]')).toHaveCount(0, {
    timeout: 10_000,
  });
  let last: string | null | undefined;
  await expect
    .poll(
      () => {
        const now = viewParam(page);
        const stable = now === last;
        last = now;
        return stable;
      },
      { intervals: [350], timeout: 10_000, message: 'the view param stops changing' },
    )
    .toBe(true);
  return last ?? null;
}

/** The window once it has settled (see settledViewParam). */
export async function settledView(page: Page): Promise<TimeWindow | null> {
  await settledViewParam(page);
  return currentView(page);
}
