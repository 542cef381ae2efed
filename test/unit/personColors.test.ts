// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import { describe, expect, it } from 'vitest';
import { colorSlots, initialsOf, PALETTE_SIZE, personMarks } from '../../src/layout/personColors';

describe('initialsOf', () => {
  it.each([
    ['Kim Kardashian', 'KK'],
    ['Kanye West', 'KW'],
    ['Madonna', 'M'],
    ['north west', 'NW'],
    ['  Kris   Humphries ', 'KH'],
    ['Kim Kardashian West', 'KW'],
    ['Jean-Michel Basquiat', 'JB'],
    ['élodie durand', 'ÉD'],
  ])('%j -> %j', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
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
  const markOf = personMarks([
    { id: 'kim', name: 'Kim Kardashian' },
    { id: 'kanye', name: 'Kanye West' },
  ]);

  it('gives each person their slot and initials, the same object every time', () => {
    expect(markOf('kim')).toEqual({ slot: 0, initials: 'KK' });
    expect(markOf('kanye')).toEqual({ slot: 1, initials: 'KW' });
    expect(markOf('kim')).toBe(markOf('kim'));
  });

  it('marks an unknown or missing person with a question mark', () => {
    expect(markOf('nobody')).toEqual({ slot: 0, initials: '?' });
    expect(markOf(undefined)).toEqual({ slot: 0, initials: '?' });
  });
});
