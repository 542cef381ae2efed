// `npm run screenshot`: builds nothing; serves the existing dist/ and saves docs/screenshot.png
// (1280 px, light) plus dark and 360 px phone variants under docs/, in Debian's Chromium, and
// docs/screenshot-story.png (a story stop) and docs/screenshot-lanes.png (one lane per person).
// An optional query (e.g. `npm run screenshot -- '?event=proposal'`) is applied to every shot.
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';
import { serveDist } from '../support/serve.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error('screenshot: no Chromium found (install Debian chromium or set CHROMIUM_PATH)');
  process.exit(1);
}
const query = process.argv[2] ?? '';
const server = await serveDist();
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
await mkdir('docs', { recursive: true });
const shots = [
  { file: 'docs/screenshot.png', width: 1280, height: 900, colorScheme: 'light' },
  { file: 'docs/screenshot-dark.png', width: 1280, height: 900, colorScheme: 'dark' },
  { file: 'docs/screenshot-phone.png', width: 360, height: 780, colorScheme: 'light' },
  { file: 'docs/screenshot-phone-dark.png', width: 360, height: 780, colorScheme: 'dark' },
  {
    file: 'docs/screenshot-story.png',
    width: 1280,
    height: 900,
    colorScheme: 'light',
    path: '?event=paris-fashion-show&story=1',
    story: true,
  },
  {
    file: 'docs/screenshot-lanes.png',
    width: 1280,
    height: 900,
    colorScheme: 'light',
    path: '?lanes=people&view=2010..2014',
    scrollTo: '.timeline',
  },
];
for (const shot of shots) {
  const page = await browser.newPage({
    viewport: { width: shot.width, height: shot.height },
    colorScheme: shot.colorScheme,
    deviceScaleFactor: 1,
  });
  // A story glides, then moves on after a few seconds: a fake clock lets the glide finish and
  // holds the stop still for the picture.
  if (shot.story) await page.clock.install();
  await page.goto(`${server.url}/${shot.path ?? query}`);
  await page.locator('[aria-label="Timeline"][data-ready="true"]').waitFor();
  if (shot.story) {
    await page.getByRole('dialog').waitFor();
    await page.clock.runFor(1500);
    await page.mouse.move(0, 0);
  }
  if (shot.scrollTo) {
    await page.locator(shot.scrollTo).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  }
  await page.screenshot({ path: shot.file });
  console.log(`wrote ${shot.file}`);
  await page.close();
}
await browser.close();
await server.close();
