// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightMatches } from '../../src/domain/highlightMatches';
import { normalizeText } from '../../src/domain/normalizeText';

const marked = (text: string, query: string) =>
  highlightMatches(text, query)
    .filter((s) => s.match)
    .map((s) => s.text);

describe('highlightMatches', () => {
  it('returns the whole text unmarked for an empty query', () => {
    expect(highlightMatches('Paris fashion show', '  ')).toEqual([
      { text: 'Paris fashion show', match: false },
    ]);
  });

  it('splits text into plain and matched runs', () => {
    expect(highlightMatches('Paris fashion show', 'paris')).toEqual([
      { text: 'Paris', match: true },
      { text: ' fashion show', match: false },
    ]);
  });

  it.each([
    ['Paris fashion show', 'FASHION', ['fashion']],
    ['Café society', 'cafe', ['Café']],
    ['cafe society', 'CAFÉ', ['cafe']],
    ['Why didn’t this happen sooner?', "didn't", ['didn’t']],
    ['Kim meets Kanye', 'kim kanye', ['Kim', 'Kanye']],
    ['Kanye, Kanye', 'kanye', ['Kanye', 'Kanye']],
    ['banana', 'ana', ['ana']],
    ['no match here', 'paris', []],
  ])('in %j, %j marks %j', (text, query, expected) => {
    expect(marked(text, query)).toEqual(expected);
  });

  it('marks text written with combining accents, as the filter matches it', () => {
    // "Cafe\u0301s" folds to "cafes" for filtering, so the highlight must find it too.
    const text = 'Cafe\u0301s in Paris';
    expect(normalizeText(text)).toContain('cafes');
    expect(marked(text, 'cafes')).toEqual(['Cafe\u0301s']);
  });

  it('keeps the text intact and alternates plain and matched runs', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 6 }), (text, query) => {
        const segments = highlightMatches(text, query);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        segments.forEach((s, i) => {
          if (text !== '') expect(s.text).not.toBe('');
          if (i > 0) expect(s.match).not.toBe(segments[i - 1]!.match);
        });
      }),
    );
  });

  it('marks a word wherever it occurs in plain letters', () => {
    const word = fc.stringMatching(/^[a-z]{1,6}$/);
    fc.assert(
      fc.property(fc.string(), word, fc.string(), (before, w, after) => {
        const text = `${before}${w.toUpperCase()}${after}`;
        expect(marked(text, w).join('').toLowerCase()).toContain(w);
      }),
    );
  });
});
