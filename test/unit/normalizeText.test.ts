// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, queryWords } from '../../src/domain/normalizeText';

describe('normalizeText', () => {
  it.each([
    ['KIM Kardashian', 'kim kardashian'],
    ['Café Beyoncé', 'cafe beyonce'],
    ['Cafe\u0301', 'cafe'],
    ['don’t', "don't"],
    ['‘Oh she’', "'oh she'"],
    ['“Who is Kim?”', '"who is kim?"'],
    ['  two \n\t lines  ', 'two lines'],
    ['', ''],
  ])('%j folds to %j', (text, folded) => {
    expect(normalizeText(text)).toBe(folded);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });

  it('never leaves upper-case ASCII or runs of spaces', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const folded = normalizeText(text);
        expect(folded).not.toMatch(/[A-Z]|\s\s|^\s|\s$/);
      }),
    );
  });
});

describe('queryWords', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['Paris', ['paris']],
    ['  Paris   FASHION ', ['paris', 'fashion']],
    ['didn’t', ["didn't"]],
  ])('%j -> %j', (query, words) => {
    expect(queryWords(query)).toEqual(words);
  });
});
