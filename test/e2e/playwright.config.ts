import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4318);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4319);
/** Another origin than the app's, as a news site embedding it would be. */
const HOST_URL = `http://localhost:${HOST_PORT}`;
/** The repository root: the server runs there and results land in its test-results/. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// Run with `npm run test:e2e` (builds first) or, after `npx vite build`,
// `npx playwright test -c test/e2e/playwright.config.ts`. Debian's Chromium, never a download.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 2,
  // No retries: a flaky end-to-end test is a bug to fix, not to hide.
  retries: 0,
  timeout: 30_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: `${ROOT}test-results/e2e.json` }]],
  outputDir: `${ROOT}test-results/e2e-artifacts`,
  use: {
    baseURL: BASE_URL,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: 'node test/e2e/server.mjs',
      cwd: ROOT,
      url: `${BASE_URL}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { E2E_PORT: String(PORT) },
    },
    {
      // A second origin: host pages that embed the app (embed*.spec.ts).
      command: 'node test/e2e/host-server.mjs',
      cwd: ROOT,
      url: `${HOST_URL}/article.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { E2E_PORT: String(PORT), E2E_HOST_PORT: String(HOST_PORT) },
    },
  ],
});
