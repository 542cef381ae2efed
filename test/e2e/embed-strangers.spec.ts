// Frames talk like strangers (CONTRACT §8, STYLE habit 16): messages from the wrong window or
// origin, or of the wrong shape, change nothing and throw nothing, on either side; a frame
// without embed.js works alone.
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  APP_ORIGIN,
  HOST_URL,
  dialogIn,
  eventIn,
  expectFitted,
  frameOf,
  heights,
  inFrame,
  openHost,
} from './embedHelpers';

const PARIS = 'paris-fashion-show';
const PROPOSAL = 'proposal';

/** Malformed or foreign messages, each a near miss of a real one. */
const GARBAGE: unknown[] = [
  'timeline:open',
  42,
  null,
  [PROPOSAL],
  { type: 'timeline:open', event: PROPOSAL },
  { type: 'timeline:open', v: 2, event: PROPOSAL },
  { type: 'timeline:open', v: '1', event: PROPOSAL },
  { type: 'timeline:open', v: 1, event: '<img src=x onerror=alert(1)>' },
  { type: 'timeline:open', v: 1, event: 'x'.repeat(5000) },
  { type: 'timeline:hello', v: 1, url: 'https://evil.example/', key: 'timeline' },
  { type: 'timeline:hello', v: 1, url: 'javascript:alert(1)', key: 'timeline' },
  { type: 'timeline:height', v: 1, height: -5 },
  { type: 'timeline:height', v: 1, height: 1e9 },
  { type: 'timeline:height', v: 1, height: '50' },
  { type: 'timeline:opened', v: 1, event: '../../x' },
  { type: 'timeline:opened', v: 2, event: PROPOSAL },
];

/** Collect uncaught errors inside a frame, which the page-level guard may not see. */
async function watchErrors(frame: Frame): Promise<() => Promise<string[]>> {
  await frame.evaluate(() => {
    const errors: string[] = [];
    (window as unknown as { errors: string[] }).errors = errors;
    window.addEventListener('error', (e) => errors.push(e.message));
    window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  });
  return () => frame.evaluate(() => (window as unknown as { errors: string[] }).errors);
}

/** Record what the frame reports to the host page, from now on. */
async function recordReports(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { reports: string[] }).reports = seen;
    window.addEventListener('message', (e) => {
      const data = e.data as { type?: string; event?: string } | null;
      if (data?.type === 'timeline:opened') seen.push(data.event ?? '');
    });
  });
  return () => page.evaluate(() => (window as unknown as { reports: string[] }).reports);
}

test('forged messages on the host page: embed.js obeys only its frames', async ({ page }) => {
  await openHost(page, 'article.html');
  await expectFitted(page);
  const before = await heights(page);

  // The host page (or any script on it) posting to itself: the wrong source, however well formed.
  await page.evaluate(
    async (messages) => {
      const done = new Promise((resolve) => window.addEventListener('message', resolve));
      for (const m of messages) window.postMessage(m, '*');
      window.postMessage('end', '*');
      await done;
    },
    [
      { type: 'timeline:height', v: 1, height: 5 },
      { type: 'timeline:opened', v: 1, event: PROPOSAL },
    ],
  );

  // The frame itself, with malformed messages: the right source, the wrong shapes.
  const frame = await frameOf(page);
  const arrived = page.evaluate(
    () =>
      new Promise((resolve) =>
        window.addEventListener('message', (e) => e.data === 'end' && resolve(true)),
      ),
  );
  await frame.evaluate((messages) => {
    for (const m of messages) window.parent.postMessage(m, '*');
    window.parent.postMessage('end', '*');
  }, GARBAGE);
  await arrived;

  expect((await heights(page)).frame).toBe(before.frame);
  await expect(page).toHaveURL(`${HOST_URL}/article.html`);
});

test('forged messages into the frame: it obeys only its own parent, in the protocol', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openHost(page, 'article.html');
  const errors = await watchErrors(await frameOf(page));
  const reports = await recordReports(page);

  // A script on the host page that isn't embed.js, posting near misses.
  await page.evaluate((messages) => {
    const frame = document.querySelector('iframe')!.contentWindow!;
    for (const m of messages) frame.postMessage(m, '*');
  }, GARBAGE);

  // A well-formed order from a window that isn't the frame's parent: a sibling frame.
  await page.evaluate(async (src) => {
    const sibling = document.createElement('iframe');
    sibling.src = src;
    const loaded = new Promise((resolve) => sibling.addEventListener('load', resolve));
    document.body.append(sibling);
    await loaded;
  }, `${HOST_URL}/sibling.html`);
  const sibling = page.frames().find((f) => f.url().endsWith('/sibling.html'))!;
  await sibling.evaluate((id) => {
    window.parent.frames[0]!.postMessage({ type: 'timeline:open', v: 1, event: id }, '*');
  }, PROPOSAL);

  // Then a real order from the parent: messages arrive in order, so once it is obeyed, every
  // forgery before it has been seen and dropped.
  await page.evaluate(
    ([id, origin]) =>
      document
        .querySelector('iframe')!
        .contentWindow!.postMessage({ type: 'timeline:open', v: 1, event: id }, origin!),
    [PARIS, APP_ORIGIN],
  );
  const dialog = dialogIn(inFrame(page), PARIS);
  await expect(dialog).toBeVisible();
  expect(await reports()).toEqual([PARIS]);

  // The forged hello changed nothing: Copy link still hands out the real host page.
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${HOST_URL}/article.html#timeline=${PARIS}`,
  );
  expect(await errors()).toEqual([]);
});

test.describe('a frame without embed.js', () => {
  test('works alone, ignores garbage, and Copy link gives the standalone address', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openHost(page, 'bare.html');
    const frame = inFrame(page);
    const errors = await watchErrors(await frameOf(page));
    await page.evaluate((messages) => {
      const target = document.querySelector('iframe')!.contentWindow!;
      for (const m of messages) target.postMessage(m, '*');
      // Well formed, but no host said hello: the frame takes no orders from a stranger.
      target.postMessage({ type: 'timeline:open', v: 1, event: 'proposal' }, '*');
    }, GARBAGE);

    await eventIn(frame, PARIS).click();
    const dialog = dialogIn(frame, PARIS);
    await expect(dialog).toBeVisible();
    await expect(frame.getByRole('dialog')).toHaveCount(1);
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect(dialog.getByText('Link copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${APP_ORIGIN}/e/${PARIS}/`,
    );
    expect((await heights(page)).frame).toBe(700); // Nobody resizes it: the markup's height.
    await expect(page).toHaveURL(`${HOST_URL}/bare.html`);

    // Back closes the event, as on the standalone page: the frame's own history entry (the
    // page's own Back, since Playwright's goBack waits for the top page to navigate).
    await page.evaluate(() => history.back());
    await expect(frame.getByRole('dialog')).toHaveCount(0);
    expect(await errors()).toEqual([]);
  });
});
