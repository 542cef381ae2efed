import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { parseDataset } from './src/domain/parseDataset';

/** Refuse to build with a bundled dataset that breaks the schema, naming each bad field. */
function validateBundledDataset(): Plugin {
  return {
    name: 'validate-bundled-dataset',
    buildStart() {
      const json: unknown = JSON.parse(readFileSync('src/data/kim-kanye.json', 'utf8'));
      const result = parseDataset(json);
      if (!result.ok) {
        this.error(
          `src/data/kim-kanye.json is invalid:\n${result.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`,
        );
      }
    },
  };
}

export default defineConfig({
  // Relative asset URLs, so dist/ works from any static host and under any sub-path.
  base: './',
  plugins: [react(), validateBundledDataset()],
  build: { target: 'es2022', sourcemap: false },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    environment: 'jsdom',
    include: ['test/unit/**/*.test.ts', 'test/components/**/*.test.tsx'],
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
  },
});
