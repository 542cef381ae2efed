// Embedding with embed.js (CONTRACT §8): a host page on another origin frames the app; the frame's
// height follows its content, its open event lives in the host page's fragment, Back closes it,
// and Copy link hands out the host page's address.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import {
  APP_ORIGIN,
  HOST_URL,
  dialogIn,
  eventIn,
  expectFitted,
  frameElement,
  frameOf,
  heights,
  inFrame,
  openHost,
} from './embedHelpers';

const PARIS = 'paris-fashion-show';
const PROPOSAL = 'proposal';

test.describe('a host page with embed.js', () => {
  test('the frame loads without the page header, with a way to the full timeline', async ({
    page,
  }) => {
    await openHost(page, 'article.html');
    const frame = inFrame(page);
    await expect(frame.getByRole('button', { name: 'Keyboard shortcuts' })).toHaveCount(0);
    await expect(frame.getByRole('button', { name: 'Embed' })).toHaveCount(0);
    const full = frame.getByRole('link', { name: /Open full timeline/ });
    await expect(full).toHaveAttribute('target', '_blank');
    await expect(full).toHaveAttribute('rel', /noopener/);
    await expect(full).toHaveAttribute('href', `${APP_ORIGIN}/`);
  });

  test("the frame's height follows its content", async ({ page }) => {
    await openHost(page, 'article.html');
    await expectFitted(page);
    const tall = await heights(page);
    expect(tall.frame).toBeGreaterThan(300); // Grown from the height the markup gave it.
    // No scrolling inside the frame: the article scrolls, not the timeline.
    const frame = await frameOf(page);
    expect(
      await frame.evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight),
    ).toBeLessThanOrEqual(1);

    // Fewer events, a shorter list, a shorter frame.
    await inFrame(page).getByRole('searchbox', { name: 'Search' }).fill('zebracorn');
    await expect.poll(async () => (await heights(page)).frame).toBeLessThan(tall.frame - 100);
    await expectFitted(page);
  });

  test('opening an event puts it in the host address; Back closes it; Forward reopens it', async ({
    page,
  }) => {
    await openHost(page, 'article.html');
    const frame = inFrame(page);
    await eventIn(frame, PARIS).click();
    await expect(dialogIn(frame, PARIS)).toBeVisible();
    await expect(page).toHaveURL(`${HOST_URL}/article.html#timeline=${PARIS}`);

    await page.goBack();
    await expect(page).toHaveURL(`${HOST_URL}/article.html`);
    await expect(frame.getByRole('dialog')).toHaveCount(0);

    await page.goForward();
    await expect(page).toHaveURL(`${HOST_URL}/article.html#timeline=${PARIS}`);
    await expect(dialogIn(frame, PARIS)).toBeVisible();
  });

  test('stepping replaces the entry and Close pops it, so Back leaves the article', async ({
    page,
  }) => {
    await page.goto(`${HOST_URL}/sibling.html`);
    await openHost(page, 'article.html');
    const frame = inFrame(page);
    await eventIn(frame, PARIS).click();
    await expect(page).toHaveURL(/#timeline=paris-fashion-show$/);
    await dialogIn(frame, PARIS).getByRole('button', { name: 'Next event' }).click();
    await expect(page).not.toHaveURL(/#timeline=paris-fashion-show$/);
    await expect(page).toHaveURL(/#timeline=[a-z0-9-]+$/);
    await frame.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await expect(page).toHaveURL(`${HOST_URL}/article.html`);
    await expect(frame.getByRole('dialog')).toHaveCount(0);
    await page.goBack();
    await expect(page).toHaveURL(`${HOST_URL}/sibling.html`);
  });

  test('a host address with the fragment opens the embedded timeline at that event', async ({
    page,
  }) => {
    await openHost(page, `article.html#timeline=${PROPOSAL}`);
    const frame = inFrame(page);
    await expect(dialogIn(frame, PROPOSAL)).toBeVisible();
    await expect(page).toHaveURL(`${HOST_URL}/article.html#timeline=${PROPOSAL}`);
    // Closing a shared address's event leaves no entry that Back would reopen.
    await page.keyboard.press('Escape');
    await expect(frame.getByRole('dialog')).toHaveCount(0);
    await expect(page).toHaveURL(`${HOST_URL}/article.html`);
  });

  test('Copy link inside the frame hands out the host address with the fragment', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openHost(page, `article.html#timeline=${PROPOSAL}`);
    const dialog = dialogIn(inFrame(page), PROPOSAL);
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect(dialog.getByText('Link copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${HOST_URL}/article.html#timeline=${PROPOSAL}`,
    );
  });

  test('two frames: data-timeline="second" keeps its own key', async ({ page }) => {
    await openHost(page, 'two.html', 2);
    const second = inFrame(page, 1);
    const id = 'marriage-to-kris-humphries';
    await eventIn(second, id).click();
    await expect(page).toHaveURL(`${HOST_URL}/two.html#second=${id}`);
    await expect(inFrame(page, 0).getByRole('dialog')).toHaveCount(0);

    await eventIn(inFrame(page, 0), PARIS).click();
    await expect(page).toHaveURL(`${HOST_URL}/two.html#second=${id}&timeline=${PARIS}`);
    await page.goBack();
    await expect(page).toHaveURL(`${HOST_URL}/two.html#second=${id}`);
    await expect(inFrame(page, 0).getByRole('dialog')).toHaveCount(0);
    await expect(dialogIn(second, id)).toBeVisible();
  });

  test('axe: no serious or critical violations in the embedded view', async ({ page }) => {
    await openHost(page, `article.html#timeline=${PARIS}`);
    await expect(dialogIn(inFrame(page), PARIS)).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
});

test.describe('a 320 px frame', () => {
  test.use({ viewport: { width: 336, height: 700 } });

  test('fits its width, with the popover under the timeline', async ({ page }) => {
    await openHost(page, 'article.html');
    const frame = inFrame(page);
    expect((await frameElement(page).boundingBox())!.width).toBeLessThanOrEqual(320);
    await eventIn(frame, PARIS).click();
    const dialog = dialogIn(frame, PARIS);
    await expect(dialog).toBeVisible();
    const content = await frameOf(page);
    expect(
      await content.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    const box = (await dialog.boundingBox())!;
    const timelineBox = (await frame.getByRole('region', { name: 'Timeline' }).boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(320);
    // In the page's flow, just under the timeline: not at the bottom of a tall frame.
    expect(box.y).toBeGreaterThanOrEqual(timelineBox.y + timelineBox.height - 1);
    expect(box.y).toBeLessThan(timelineBox.y + timelineBox.height + 120);
    await expectFitted(page);
  });

  test('? opens no shortcuts overlay in a frame', async ({ page }) => {
    await openHost(page, 'article.html');
    const frame = inFrame(page);
    await frame.getByRole('region', { name: 'Timeline' }).focus();
    await page.keyboard.press('?');
    await expect(frame.getByRole('dialog')).toHaveCount(0);
  });
});
