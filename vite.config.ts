import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDataset } from './src/domain/parseDataset';
import { renderEventPage } from './src/build/renderEventPage';

/**
 * Refuse to build with a bundled dataset that breaks the schema, naming each bad field; then
 * write one static page per event (e/<id>/index.html) for link previews.
 */
function bundledDataset(): Plugin {
  return {
    name: 'bundled-dataset',
    buildStart() {
      const result = readBundled();
      if (!result.ok) {
        this.error(
          `src/data/kim-kanye.json is invalid:\n${result.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`,
        );
      }
    },
    generateBundle() {
      const result = readBundled();
      if (!result.ok) return;
      for (const event of result.dataset.events) {
        this.emitFile({
          type: 'asset',
          fileName: `e/${event.id}/index.html`,
          source: renderEventPage(event, result.dataset),
        });
      }
    },
  };
}

function readBundled() {
  return parseDataset(JSON.parse(readFileSync('src/data/kim-kanye.json', 'utf8')) as unknown);
}

export default defineConfig({
  // Relative asset URLs, so dist/ works from any static host and under any sub-path.
  base: './',
  plugins: [react(), bundledDataset()],
  // See src/layout/noTimeFormat.ts: d3-scale's default tick formats are never used.
  resolve: {
    alias: {
      'd3-time-format': fileURLToPath(new URL('src/layout/noTimeFormat.ts', import.meta.url)),
      // See src/layout/noColor.ts: only number ranges are ever interpolated.
      'd3-color': fileURLToPath(new URL('src/layout/noColor.ts', import.meta.url)),
    },
  },
  build: { target: 'es2022', sourcemap: false },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    environment: 'jsdom',
    include: ['test/unit/**/*.test.ts', 'test/components/**/*.test.tsx'],
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
  },
});
