/**
 * Person colours come from the Okabe–Ito palette, chosen to stay apart for colour-blind readers
 * (https://jfly.uni-koeln.de/color/). The CSS defines `--person-N` per theme; this module only
 * hands out the slot N, in the dataset's order, and the initials that mark it without colour.
 */
export const PALETTE_SIZE = 7;

export function colorSlots(personIds: readonly string[]): Map<string, number> {
  return new Map(personIds.map((id, i) => [id, i % PALETTE_SIZE]));
}

/** A letter or digit with the marks that sit on it ("é" written as e + ´), never half a pair. */
const LETTER = /[\p{L}\p{N}]\p{M}*/gu;

/**
 * "Kim Kardashian" -> "KK", "Kanye West" -> "KW", "Madonna" -> "MA", "毛泽东" -> "毛泽": the
 * first letters of the first and last words, or a one-word name's first two. Read by code point
 * (the `u` flag, as Array.from would), so no script or emoji is cut in half; punctuation
 * ("‘Ye’") is skipped. Upper-cased only where that keeps one letter one letter (not ß -> SS).
 */
export function initialsOf(name: string): string {
  const words = name
    .normalize('NFC')
    .split(/\s+/)
    .map((word) => word.match(LETTER) ?? [])
    .filter((letters) => letters.length > 0);
  const first = words[0];
  if (!first) return '';
  const letters = words.length > 1 ? [first[0]!, words[words.length - 1]![0]!] : first.slice(0, 2);
  return letters.map(upper).join('');
}

function upper(letter: string): string {
  const up = letter.toUpperCase();
  return Array.from(up).length === Array.from(letter).length ? up : letter;
}

/** How a person is marked on screen: a palette slot and initials. */
export interface PersonMark {
  slot: number;
  initials: string;
}

const UNKNOWN: PersonMark = { slot: 0, initials: '?' };

/** Every person's mark, computed once per dataset; `markOf` never fails on an unknown id. */
export function personMarks(people: readonly { id: string; name: string }[]) {
  const slots = colorSlots(people.map((p) => p.id));
  const marks = new Map<string, PersonMark>(
    people.map((p) => [p.id, { slot: slots.get(p.id)!, initials: initialsOf(p.name) || '?' }]),
  );
  return (id: string | undefined): PersonMark => (id && marks.get(id)) || UNKNOWN;
}

export type MarkOf = ReturnType<typeof personMarks>;
