import { defineConfig } from 'vitest/config';
import base from '../vite.config';

/**
 * What Stryker runs against the pure modules: the unit and property tests alone. The component
 * tests start jsdom and draw the whole app (prerender.test.tsx renders it in a beforeAll), which
 * makes most layout and domain mutants "static" for Stryker, so every test re-ran for each of
 * them; the pure modules are to be held by their own tests (STYLE habit 11).
 */
export default defineConfig({
  ...base,
  test: { ...base.test, include: ['test/unit/**/*.test.ts'] },
});
