import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkDataset, parseDataset } from './src/domain/parseDataset';
import { appHeadScript } from './src/build/headScript';
import { prerender } from './src/build/prerenderPlugin';
import { inlineEntryCss } from './src/build/inlineStylesheets';
import { contentSecurityPolicy, cspMeta } from './src/build/contentSecurityPolicy';
import { datasetJsonSchema } from './scripts/datasetJsonSchema';

const BUNDLED_ID = 'virtual:bundled-dataset';

/**
 * Refuse to build with a bundled dataset that breaks the schema, naming each bad field, and hand
 * the app the story as the schema reads it (`virtual:bundled-dataset`): checked here, once, so
 * the first load carries no schema. The prerender plugin (src/build/prerenderPlugin.ts) draws it
 * into index.html and e/<id>/ pages.
 */
function bundledDataset(): Plugin {
  const fail = (errors: { path: string; message: string }[]) =>
    `src/data/kim-kanye.json is invalid:\n${errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`;
  return {
    name: 'bundled-dataset',
    buildStart() {
      const result = readBundled();
      if (!result.ok) this.error(fail(result.errors));
    },
    resolveId: (id) => (id === BUNDLED_ID ? `\0${BUNDLED_ID}` : undefined),
    load(id) {
      if (id !== `\0${BUNDLED_ID}`) return undefined;
      this.addWatchFile(fileURLToPath(new URL('src/data/kim-kanye.json', import.meta.url)));
      const checked = checkDataset(readBundledJson());
      if (!checked.ok) this.error(fail(checked.errors));
      return `export default ${JSON.stringify(checked.data)};`;
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
 * one script by its hash. The built script starts the dataset worker for a `?data=` link, so it
 * names the worker's file, found in the bundle. No policy in dev: the dev server injects inline
 * scripts (React refresh) that the policy rightly refuses.
 */
function pageHead(): Plugin {
  return {
    name: 'page-head',
    transformIndexHtml: (html, context) => {
      const script = appHeadScript(context.bundle && `./${datasetWorkerFile(context.bundle)}`);
      return html.replace('<meta charset="UTF-8" />', (charset) =>
        [
          charset,
          ...(context.server ? [] : [cspMeta(contentSecurityPolicy([script]))]),
          `<script>${script}</script>`,
        ].join('\n    '),
      );
    },
  };
}

/** The dataset worker's file in the build (src/io/loadDataset.ts makes it a chunk of its own). */
function datasetWorkerFile(bundle: NonNullable<IndexHtmlTransformContext['bundle']>): string {
  const found = Object.keys(bundle).filter((file) => /(^|\/)datasetWorker-[\w-]+\.js$/.test(file));
  if (found.length !== 1)
    throw new Error(`expected one datasetWorker chunk in the build, found ${found.length}`);
  return found[0]!;
}

function readBundledJson(): unknown {
  return JSON.parse(readFileSync('src/data/kim-kanye.json', 'utf8'));
}

function readBundled() {
  return parseDataset(readBundledJson());
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
    prerender({ dataset: bundled, alias, plugins: [bundledDataset()] }),
    inlineEntryCss(),
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
