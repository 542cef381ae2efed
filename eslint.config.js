import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Pure layers stay free of React and the DOM, so they can be tested and reused directly.
const pureLayers = {
  files: [
    'src/domain/**',
    'src/layout/**',
    'src/url/**',
    'src/formats/**',
    'src/richtext/**',
    'src/embed/**',
    'src/story/**',
  ],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ group: ['react', 'react-dom', 'react-dom/*', 'd3-selection', 'd3-zoom'] }] },
    ],
    'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'location', 'DOMParser'],
  },
};

// src/boot/ runs before the bundle, as the head script's source text (src/build/headScript.ts):
// each function stands alone, with nothing imported to lean on.
const inlined = {
  files: ['src/boot/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['*', '.*', '../*', './*'],
            allowTypeImports: true,
            message: 'src/boot/ is inlined as source text: it can import types only.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test/bench/results',
      'test-results',
      'playwright-report',
      '.stryker-tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'vite.config.ts', 'test/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  pureLayers,
  inlined,
);
