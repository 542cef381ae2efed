// `npm run screenshot`: builds nothing; serves the existing dist/ and saves docs/screenshot.png
// (1280 px, light) plus dark and 360 px phone variants under docs/, in Debian's Chromium.
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
];
for (const shot of shots) {
  const page = await browser.newPage({
    viewport: { width: shot.width, height: shot.height },
    colorScheme: shot.colorScheme,
    deviceScaleFactor: 1,
  });
  await page.goto(`${server.url}/${query}`);
  await page.locator('[aria-label="Timeline"][data-ready="true"]').waitFor();
  await page.screenshot({ path: shot.file });
  console.log(`wrote ${shot.file}`);
  await page.close();
}
await browser.close();
await server.close();
