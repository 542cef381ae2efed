/**
 * Person colours come from the Okabe–Ito palette, chosen to stay apart for colour-blind readers
 * (https://jfly.uni-koeln.de/color/). The CSS defines `--person-N` per theme; this module only
 * hands out the slot N, in the dataset's order, and the initials that mark it without colour.
 */
export const PALETTE_SIZE = 7;

export function colorSlots(personIds: readonly string[]): Map<string, number> {
  return new Map(personIds.map((id, i) => [id, i % PALETTE_SIZE]));
}

/** "Kim Kardashian" -> "KK", "Kanye West" -> "KW", "Madonna" -> "M". */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return letters.map((w) => w[0]!.toUpperCase()).join('');
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
    people.map((p) => [p.id, { slot: slots.get(p.id)!, initials: initialsOf(p.name) }]),
  );
  return (id: string | undefined): PersonMark => (id && marks.get(id)) || UNKNOWN;
}

export type MarkOf = ReturnType<typeof personMarks>;
