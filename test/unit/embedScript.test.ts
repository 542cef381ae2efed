// @vitest-environment node
// public/embed.js is pasted into other people's pages as is: no build step, so it must parse as
// plain ES2018 and stay small (CONTRACT §8; the issue asks for < 2 KB gzip).
import { Linter } from 'eslint';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const source = readFileSync(new URL('../../public/embed.js', import.meta.url), 'utf8');

describe('public/embed.js', () => {
  it('is plain ES2018 script', () => {
    const messages = new Linter().verify(source, {
      languageOptions: { ecmaVersion: 2018, sourceType: 'script' },
    });
    expect(messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
  });

  it('imports nothing and loads nothing', () => {
    expect(source).not.toMatch(/\bimport\b|\brequire\(|fetch\(|XMLHttpRequest|innerHTML/);
  });

  it('is under 2 KB gzip', () => {
    expect(gzipSync(source, { level: 9 }).length).toBeLessThan(2048);
  });
});
