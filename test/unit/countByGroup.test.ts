// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countByGroup } from '../../src/domain/countByGroup';

describe('countByGroup', () => {
  it('counts each event in its group, and events with no group nowhere', () => {
    const counts = countByGroup([{ group: 'a' }, {}, { group: 'b' }, { group: 'a' }]);
    expect([...counts]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });

  it('adds up to the number of grouped events', () => {
    const events = fc.array(
      fc.record({ group: fc.constantFrom('a', 'b', 'c', undefined) }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(events, (list) => {
        const total = [...countByGroup(list).values()].reduce((a, b) => a + b, 0);
        expect(total).toBe(list.filter((e) => e.group !== undefined).length);
      }),
    );
  });
});
