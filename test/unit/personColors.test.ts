// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { colorSlots, initialsOf, PALETTE_SIZE, personMarks } from '../../src/layout/personColors';

describe('initialsOf', () => {
  it.each([
    ['Kim Kardashian', 'KK'],
    ['Kanye West', 'KW'],
    ['Madonna', 'MA'],
    ['Cher', 'CH'],
    ['north west', 'NW'],
    ['  Kris   Humphries ', 'KH'],
    ['Kim Kardashian West', 'KW'],
    ['Jean-Michel Basquiat', 'JB'],
    ['élodie durand', 'ÉD'],
    // Accents written as a letter and a combining mark stay on their letter.
    ['e\u0301lodie durand', 'ÉD'],
    // Other scripts, read by code point: none is cut in half.
    ['毛泽东', '毛泽'],
    ['Владимир Набоков', 'ВН'],
    ['𝒜da 𝒷yron', '𝒜𝒷'],
    ['Ωmega', 'ΩM'],
    ['Ali ibn Abi Talib', 'AT'],
    // Punctuation and quotes are not initials.
    ['‘Ye’', 'YE'],
    ['"Kanye" West', 'KW'],
    // Upper case only where it keeps one letter one letter: ß would become SS.
    ['ßara', 'ßA'],
    ['', ''],
    ['  —  ', ''],
  ])('%j -> %j', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });

  it('never throws, and gives at most two letters, each a whole letter of the name', () => {
    const letter = /[\p{L}\p{N}]\p{M}*/gu;
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (name) => {
        const out = initialsOf(name);
        const letters = out.match(letter) ?? [];
        expect(letters.join('')).toBe(out);
        expect(letters.length).toBeLessThanOrEqual(2);
        // Some letter of the name gives none: no initials; else there are some.
        expect(out === '').toBe((name.normalize('NFC').match(letter) ?? []).length === 0);
        // No half of a surrogate pair.
        expect(
          /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(out),
        ).toBe(false);
      }),
    );
  });
});

describe('colorSlots', () => {
  it('hands out slots in dataset order, wrapping around the palette', () => {
    const ids = Array.from({ length: PALETTE_SIZE + 2 }, (_, i) => `p${i}`);
    const slots = colorSlots(ids);
    expect(ids.map((id) => slots.get(id))).toEqual(ids.map((_, i) => i % PALETTE_SIZE));
    expect(slots.get(`p${PALETTE_SIZE}`)).toBe(0);
  });
});

describe('personMarks', () => {
  // Made before each test, not at load, so Stryker can run its mutants per test.
  let markOf: ReturnType<typeof personMarks>;
  beforeEach(() => {
    markOf = personMarks([
      { id: 'kim', name: 'Kim Kardashian' },
      { id: 'kanye', name: 'Kanye West' },
    ]);
  });

  it('gives each person their slot and initials, the same object every time', () => {
    expect(markOf('kim')).toEqual({ slot: 0, initials: 'KK' });
    expect(markOf('kanye')).toEqual({ slot: 1, initials: 'KW' });
    expect(markOf('kim')).toBe(markOf('kim'));
  });

  it('marks a person whose name has no letters with a question mark', () => {
    expect(personMarks([{ id: 'x', name: '—' }])('x')).toEqual({ slot: 0, initials: '?' });
  });

  it('marks an unknown or missing person with a question mark', () => {
    expect(markOf('nobody')).toEqual({ slot: 0, initials: '?' });
    expect(markOf(undefined)).toEqual({ slot: 0, initials: '?' });
  });
});
