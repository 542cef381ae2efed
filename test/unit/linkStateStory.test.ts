// @vitest-environment node
// story= and lanes= (CONTRACT §9), kept apart from linkState.test.ts so the table there stays
// about §3's parameters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_LINK_STATE,
  parseLinkState,
  serializeLinkState,
  type LinkState,
} from '../../src/url/linkState';

const s = (patch: Partial<LinkState>): LinkState => ({ ...EMPTY_LINK_STATE, ...patch });

describe('story and lanes in the link', () => {
  it.each<[string, LinkState, string]>([
    ['a story at an event', s({ event: 'proposal', story: true }), '?event=proposal&story=1'],
    ['lanes per person', s({ lanes: 'people' }), '?lanes=people'],
    ['lanes per group', s({ lanes: 'groups' }), '?lanes=groups'],
    [
      'both, with filters',
      s({ event: 'naysayers', story: true, people: ['kim'], lanes: 'people' }),
      '?event=naysayers&story=1&people=kim&lanes=people',
    ],
  ])('%s', (_name, state, search) => {
    expect(serializeLinkState(state)).toBe(search);
    expect(parseLinkState(search)).toEqual({ state, ignored: [] });
  });

  it.each<[string, string, Partial<LinkState>, RegExp[]]>([
    ['story without an event', 'story=1', {}, [/story.*needs an event/]],
    ['story=0', 'story=0&event=proposal', { event: 'proposal' }, [/story "0"/]],
    ['an unknown lane mode', 'lanes=tags', {}, [/lanes "tags"/]],
    ['the default lanes, said out loud', 'lanes=shared', {}, []],
  ])('%s: %s', (_name, search, state, notes) => {
    const parsed = parseLinkState(search);
    expect(parsed.state).toEqual(s(state));
    expect(parsed.ignored).toHaveLength(notes.length);
    notes.forEach((note, i) => expect(parsed.ignored[i]).toMatch(note));
  });

  it('never writes story=1 without an event to resume at', () => {
    expect(serializeLinkState(s({ story: true }))).toBe('');
  });

  it('round trips any story and lane state', () => {
    const arb = fc.record({
      event: fc.option(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { nil: undefined }),
      story: fc.boolean(),
      lanes: fc.option(fc.constantFrom('people' as const, 'groups' as const), { nil: undefined }),
    });
    fc.assert(
      fc.property(arb, ({ event, story, lanes }) => {
        const state = JSON.parse(
          JSON.stringify(s({ event, lanes, story: story && event ? true : undefined })),
        ) as LinkState;
        expect(parseLinkState(serializeLinkState(state))).toEqual({ state, ignored: [] });
      }),
    );
  });
});

describe('lanes against the dataset', () => {
  it('drops lanes=groups for a dataset without groups, and says so', async () => {
    const { reconcileLinkState } = await import('../../src/url/reconcileLinkState');
    const { bundledDataset } = await import('./testData');
    const dataset = bundledDataset();
    const groups = reconcileLinkState(s({ lanes: 'groups' }), dataset);
    expect(groups.state.lanes).toBeUndefined();
    expect(groups.ignored).toEqual([expect.stringMatching(/lanes=groups/)]);
    const people = reconcileLinkState(s({ lanes: 'people' }), dataset);
    expect(people).toEqual({ state: s({ lanes: 'people' }), ignored: [] });
    const withGroups = { ...dataset, groups: [{ id: 'g', name: 'G' }] };
    expect(reconcileLinkState(s({ lanes: 'groups' }), withGroups).state.lanes).toBe('groups');
  });
});
