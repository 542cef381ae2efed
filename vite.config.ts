import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDataset } from './src/domain/parseDataset';
import { appHeadScript } from './src/build/headScript';
import { prerender } from './src/build/prerenderPlugin';
import { contentSecurityPolicy, cspMeta } from './src/build/contentSecurityPolicy';
import { datasetJsonSchema } from './scripts/datasetJsonSchema';

/**
 * Refuse to build with a bundled dataset that breaks the schema, naming each bad field. The
 * prerender plugin (src/build/prerenderPlugin.ts) draws it into index.html and e/<id>/ pages.
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
 * The page's head: the inline script that runs before the first paint (src/build/headScript.ts)
 * and, in the build, the Content-Security-Policy before it as the first meta tag, allowing that
 * one script by its hash. No policy in dev: the dev server injects inline scripts (React
 * refresh) that the policy rightly refuses.
 */
function pageHead(): Plugin {
  const script = appHeadScript();
  return {
    name: 'page-head',
    transformIndexHtml: (html, context) =>
      html.replace('<meta charset="UTF-8" />', (charset) =>
        [
          charset,
          ...(context.server ? [] : [cspMeta(contentSecurityPolicy([script]))]),
          `<script>${script}</script>`,
        ].join('\n    '),
      ),
  };
}

function readBundled() {
  return parseDataset(JSON.parse(readFileSync('src/data/kim-kanye.json', 'utf8')) as unknown);
}

function bundled() {
  const result = readBundled();
  if (!result.ok) throw new Error('src/data/kim-kanye.json is invalid');
  return result.dataset;
}

// d3-scale without what we never use: its tick formats (src/layout/noTimeFormat.ts) and its
// colour interpolation (src/layout/numberInterpolate.ts). ~7 KB gzip saved, both explained there.
const alias = {
  'd3-time-format': fileURLToPath(new URL('src/layout/noTimeFormat.ts', import.meta.url)),
  'd3-interpolate': fileURLToPath(new URL('src/layout/numberInterpolate.ts', import.meta.url)),
};

export default defineConfig({
  // Relative asset URLs, so dist/ works from any static host and under any sub-path.
  base: './',
  plugins: [
    react(),
    bundledDataset(),
    schemaJson(),
    pageHead(),
    prerender({ dataset: bundled, alias }),
  ],
  resolve: { alias },
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
