// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { timeMs } from '../../src/domain/units';
import { layoutEvents } from '../../src/layout/layoutEvents';
import { BADGE_STEP_PX, badgeStack, extraBadgePx, MAX_BADGES } from '../../src/layout/markerBadges';
import { personMarks } from '../../src/layout/personColors';
import { timeScale } from '../../src/layout/timeScale';
import { makeEvent } from './testData';

const people = ['kim', 'kanye', 'north', 'kris', 'pat', 'sam'].map((id) => ({
  id,
  name: `${id} ${id}`,
}));
// Made before each test, not at load: Stryker counts code run outside a test as "static" and
// then re-runs every test for each of its mutants.
let markOf: ReturnType<typeof personMarks>;
beforeEach(() => {
  markOf = personMarks(people);
});
const initials = (ids: readonly string[], lead?: string) => {
  const stack = badgeStack(ids, lead, markOf);
  return { shown: stack.marks.map((m) => m.initials), more: stack.more };
};

describe('badgeStack', () => {
  it.each<[string, string[], string | undefined, string[], number]>([
    ['no one', [], undefined, [], 0],
    ['one person', ['kim'], undefined, ['KK'], 0],
    [
      'three people, in the event’s order',
      ['north', 'kim', 'kanye'],
      undefined,
      ['NN', 'KK', 'KK'],
      0,
    ],
    ['four: three and "+1"', ['kim', 'kanye', 'north', 'kris'], undefined, ['KK', 'KK', 'NN'], 1],
    ['six: three and "+3"', people.map((p) => p.id), undefined, ['KK', 'KK', 'NN'], 3],
    ['the lane’s person first', ['kim', 'kanye', 'pat'], 'pat', ['PP', 'KK', 'KK'], 0],
    ['a lead not in the event changes nothing', ['kim', 'kanye'], 'sam', ['KK', 'KK'], 0],
    ['a person named twice counts once', ['kim', 'kim', 'pat'], undefined, ['KK', 'PP'], 0],
  ])('%s', (_name, ids, lead, shown, more) => {
    expect(initials(ids, lead)).toEqual({ shown, more });
  });

  it('shows each person once, at most three, and counts every other one in "+N"', () => {
    const ids = fc.array(fc.constantFrom(...people.map((p) => p.id), 'stranger'), { maxLength: 9 });
    const lead = fc.option(fc.constantFrom(...people.map((p) => p.id)), { nil: undefined });
    fc.assert(
      fc.property(ids, lead, (list, first) => {
        const stack = badgeStack(list, first, markOf);
        const unique = new Set(list);
        expect(stack.marks.length).toBe(Math.min(unique.size, MAX_BADGES));
        expect(stack.marks.length + stack.more).toBe(unique.size);
        if (first !== undefined && unique.has(first)) expect(stack.marks[0]).toBe(markOf(first));
        else if (list.length > 0) expect(stack.marks[0]).toBe(markOf(list[0]));
      }),
    );
  });
});

describe('extraBadgePx', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, BADGE_STEP_PX],
    [3, 2 * BADGE_STEP_PX],
    [4, 2 * BADGE_STEP_PX + 17],
    [40, 2 * BADGE_STEP_PX + 17],
  ])('%i people: %i px more than one pin', (count, px) => {
    expect(extraBadgePx(count)).toBe(px);
  });

  it('gives a label the room its badges take, so they never cut it short', () => {
    const scale = timeScale({ start: timeMs(0), end: timeMs(1_000_000) }, 1000);
    const labelPx = (ids: string[]) =>
      layoutEvents([{ ...makeEvent('e', '1970'), title: 'A title', people: ids }], scale, 1)
        .placed[0]!.labelPx;
    expect(labelPx(['kim', 'kanye', 'north'])).toBe(labelPx(['kim']) + extraBadgePx(3));
    expect(labelPx([])).toBe(labelPx(['kim']));
  });
});
