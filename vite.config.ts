import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDataset } from './src/domain/parseDataset';
import { renderEventPage } from './src/build/renderEventPage';
import { contentSecurityPolicy, cspMeta } from './src/build/contentSecurityPolicy';
import { datasetJsonSchema } from './scripts/datasetJsonSchema';

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

/** dist/schema.json for editors (CONTRACT §6), from the schema the app checks with. */
function schemaJson(): Plugin {
  return {
    name: 'dataset-json-schema',
    apply: 'build',
    generateBundle() {
      const source = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
      this.emitFile({ type: 'asset', fileName: 'schema.json', source });
    },
  };
}

/**
 * The built page's Content-Security-Policy, as its first meta tag. Build only: the dev server
 * injects inline scripts (React refresh) that the policy rightly refuses.
 */
function securityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        (charset) => `${charset}\n    ${cspMeta(contentSecurityPolicy())}`,
      ),
  };
}

function readBundled() {
  return parseDataset(JSON.parse(readFileSync('src/data/kim-kanye.json', 'utf8')) as unknown);
}

export default defineConfig({
  // Relative asset URLs, so dist/ works from any static host and under any sub-path.
  base: './',
  plugins: [react(), bundledDataset(), schemaJson(), securityPolicy()],
  // d3-scale without what we never use: its tick formats (src/layout/noTimeFormat.ts) and its
  // colour interpolation (src/layout/numberInterpolate.ts). ~7 KB gzip saved, both explained there.
  resolve: {
    alias: {
      'd3-time-format': fileURLToPath(new URL('src/layout/noTimeFormat.ts', import.meta.url)),
      'd3-interpolate': fileURLToPath(new URL('src/layout/numberInterpolate.ts', import.meta.url)),
    },
  },
  build: { target: 'es2022', sourcemap: false },
  // The dataset worker (src/io/datasetWorker.ts) is a module worker, so it can load the format
  // readers on demand as the page does.
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    environment: 'jsdom',
    include: ['test/unit/**/*.test.ts', 'test/components/**/*.test.tsx'],
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
  },
});
