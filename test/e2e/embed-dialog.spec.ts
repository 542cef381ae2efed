// The Embed dialog (CONTRACT §8, §10): the <iframe> code for what is on screen, loaded on demand,
// and code that works when pasted into a page on another origin.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import {
  APP_ORIGIN,
  HOST_URL,
  dialogIn,
  eventIn,
  expectFitted,
  inFrame,
  openHost,
} from './embedHelpers';

const PROPOSAL = 'proposal';
const PARIS = 'paris-fashion-show';

const embedDialog = (page: Page) => page.getByRole('dialog', { name: 'Embed this timeline' });
const code = (page: Page) => embedDialog(page).getByRole('textbox', { name: 'Embed code' });

test('the dialog loads on demand and gives the code for what is on screen', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await openApp(page, `?people=kim&from=2011&event=${PROPOSAL}`);
  expect(scripts.filter((url) => /EmbedDialog/.test(url))).toEqual([]);

  const button = page.getByRole('button', { name: 'Embed' });
  await button.click();
  await expect(embedDialog(page)).toBeVisible();
  expect(scripts.filter((url) => /EmbedDialog/.test(url))).toHaveLength(1);

  const text = await code(page).inputValue();
  const [frame, script] = text.split('\n');
  const src = new URL(/src="([^"]+)"/.exec(frame!)![1]!.replace(/&amp;/g, '&'));
  expect(src.origin).toBe(APP_ORIGIN);
  expect(Object.fromEntries(src.searchParams)).toEqual({
    event: PROPOSAL,
    people: 'kim',
    from: '2011',
    embed: '1',
  });
  expect(frame).toContain('title="Kim and Kanye, 2002–2014"');
  expect(frame).toContain('allow="clipboard-write"');
  expect(frame).toContain(' data-timeline');
  expect(script).toBe(`<script src="${APP_ORIGIN}/embed.js" async></script>`);

  // The height is the reader's choice.
  expect(frame).toContain('height="700"');
  await embedDialog(page).getByRole('radio', { name: '900 px' }).check();
  await expect(code(page)).toHaveValue(/height="900"/);

  await embedDialog(page).getByRole('button', { name: 'Copy code' }).click();
  await expect(embedDialog(page).getByText('Code copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await code(page).inputValue(),
  );

  // Escape closes it and gives focus back to the button.
  await page.keyboard.press('Escape');
  await expect(embedDialog(page)).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('the code, pasted into a page on another origin, works', async ({ page }) => {
  await openApp(page, `?people=kim&event=${PROPOSAL}`);
  await page.getByRole('button', { name: 'Embed' }).click();
  const text = await code(page).inputValue();

  await openHost(page, `pasted?code=${encodeURIComponent(text)}`);
  const frame = inFrame(page);
  await expect(dialogIn(frame, PROPOSAL)).toBeVisible();
  await expect(
    frame.getByRole('group', { name: 'People' }).getByRole('checkbox', { name: 'Kim Kardashian' }),
  ).toBeChecked();
  await expectFitted(page);

  await eventIn(frame, PARIS).click();
  await expect(dialogIn(frame, PARIS)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`^${HOST_URL}/pasted\\?code=.*#timeline=${PARIS}$`));
});

test('the embedded app links to the standalone page with the same state', async ({ page }) => {
  await openApp(page, `?q=paris&embed=1`);
  const full = page.getByRole('link', { name: /Open full timeline/ });
  await expect(full).toHaveAttribute('href', `${APP_ORIGIN}/?q=paris`);
  await page.getByRole('searchbox', { name: 'Search' }).fill('florence');
  await expect(full).toHaveAttribute('href', `${APP_ORIGIN}/?q=florence`);
  await expect(page.getByRole('button', { name: 'Embed' })).toHaveCount(0);
});

test('axe: no serious or critical violations with the dialog open', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(code(page)).toBeVisible();
  const results = await new AxeBuilder({ page }).include('.embed-dialog').analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
});
