// Helpers for the embedding specs (CONTRACT §8): host pages on another origin (host-server.mjs)
// that frame the app, and ways to reach into those frames.
import type { Frame, FrameLocator, Locator, Page } from '@playwright/test';
import { BUNDLED, escapeRegExp, expect } from './fixtures';

/** The news site: another origin than the app's 127.0.0.1. */
export const HOST_URL = `http://localhost:${Number(process.env.E2E_HOST_PORT ?? 4319)}`;
export const APP_ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4318)}`;

export const titleOf = (id: string) => BUNDLED.events.find((e) => e.id === id)!.title;

/** The n-th timeline frame on a host page, to find things in it by role. */
export const inFrame = (page: Page, n = 0): FrameLocator =>
  page.frameLocator('iframe[data-timeline]').nth(n);
export const frameElement = (page: Page, n = 0): Locator =>
  page.locator('iframe[data-timeline]').nth(n);

/** The n-th timeline frame itself, to run code in it. */
export async function frameOf(page: Page, n = 0): Promise<Frame> {
  const frame = await (await frameElement(page, n).elementHandle())?.contentFrame();
  if (!frame) throw new Error('no frame');
  return frame;
}

/** Open a host page (e.g. `article.html#timeline=proposal`) and wait for its frames to draw. */
export async function openHost(page: Page, path: string, frames = 1): Promise<void> {
  await page.goto(`${HOST_URL}/${path}`);
  for (let n = 0; n < frames; n++)
    await inFrame(page, n).locator('[aria-label="Timeline"][data-ready="true"]').waitFor();
}

/** An event's button on a frame's timeline. */
export const eventIn = (frame: FrameLocator, id: string): Locator =>
  frame
    .getByRole('region', { name: 'Timeline' })
    .getByRole('button', { name: new RegExp(`^${escapeRegExp(titleOf(id))}`) });

export const dialogIn = (frame: FrameLocator, id: string): Locator =>
  frame.getByRole('dialog', { name: titleOf(id), exact: true });

/** The host page's fragment, without the `#`. */
export const hostFragment = (page: Page) => new URL(page.url()).hash.replace(/^#/, '');

/** The frame's content height (its <html> box), and the height its host gave the frame. */
export async function heights(page: Page, n = 0): Promise<{ content: number; frame: number }> {
  const frame = await frameOf(page, n);
  const content = await frame.evaluate(() =>
    Math.ceil(document.documentElement.getBoundingClientRect().height),
  );
  const box = await frameElement(page, n).boundingBox();
  return { content, frame: Math.round(box?.height ?? 0) };
}

/** Wait until the host has sized the frame to its content. */
export async function expectFitted(page: Page, n = 0): Promise<void> {
  await expect
    .poll(async () => {
      const { content, frame } = await heights(page, n);
      return Math.abs(content - frame) <= 1;
    })
    .toBe(true);
}
