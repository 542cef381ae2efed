// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/types';
import { timeMs } from '../../src/domain/units';
import { boundsForRange, sameView, spanOf } from '../../src/layout/viewport';
import { EMPTY_LINK_STATE, type LinkState } from '../../src/url/linkState';
import { reconcileLinkState } from '../../src/url/reconcileLinkState';
import { bundledDataset, groupedDataset } from './testData';

// Built before each test, not at load: Stryker counts code run outside a test as "static" and
// then re-runs every test for each of its mutants.
let dataset: Dataset;
let bounds: ReturnType<typeof boundsForRange>;
beforeEach(() => {
  dataset = bundledDataset();
  bounds = boundsForRange(dataset.range.start, dataset.range.end);
});
const s = (patch: Partial<LinkState>): LinkState => ({ ...EMPTY_LINK_STATE, ...patch });
const year = (y: number, m = 0) => timeMs(Date.UTC(y, m, 1));

describe('reconcileLinkState', () => {
  it('leaves a link that fits the dataset alone', () => {
    const state = s({
      event: 'proposal',
      people: ['kim', 'north-west'],
      from: 2011,
      to: 2013,
      q: 'paris',
      view: { start: year(2011, 5), end: year(2013) },
    });
    expect(reconcileLinkState(state, dataset)).toEqual({ state, ignored: [] });
  });

  it.each<[string, Partial<LinkState>, Partial<LinkState>, RegExp[]]>([
    [
      'an unknown event',
      { event: 'moon-landing', q: 'kim' },
      { q: 'kim' },
      [/event "moon-landing"/],
    ],
    [
      'an unknown person',
      { people: ['kim', 'beyonce'] },
      { people: ['kim'] },
      [/person "beyonce"/],
    ],
    ['from=1990, clamped to the first year (no filter)', { from: 1990 }, {}, [/from 1990.*2002/]],
    ['to=2030, clamped to the last year (no filter)', { to: 2030 }, {}, [/to 2030.*2014/]],
    ['from=2030, clamped to the last year', { from: 2030 }, { from: 2014 }, [/from 2030.*2014/]],
    ['to=1990, clamped to the first year', { to: 1990 }, { to: 2002 }, [/to 1990.*2002/]],
    [
      'a window long before the range',
      { view: { start: year(1990), end: year(1991) } },
      {},
      [/view/],
    ],
    [
      'a window long after the range',
      { view: { start: year(2030), end: year(2031) } },
      {},
      [/view/],
    ],
    [
      'a window as wide as the whole range',
      { view: { start: year(1900), end: year(2100) } },
      {},
      [],
    ],
  ])('handles %s', (_name, link, expected, notes) => {
    const { state, ignored } = reconcileLinkState(s(link), dataset);
    expect(state).toEqual(s(expected));
    expect(ignored).toHaveLength(notes.length);
    notes.forEach((note, i) => expect(ignored[i]).toMatch(note));
  });

  it('clamps a window that hangs over the edge back inside, keeping its width', () => {
    const view = { start: year(2014), end: year(2016) };
    const { state, ignored } = reconcileLinkState(s({ view }), dataset);
    expect(ignored).toEqual([]);
    expect(state.view!.end).toBeCloseTo(bounds.outer.end, -1);
    expect(spanOf(state.view!)).toBeCloseTo(spanOf(view), -1);
  });

  it('widens a window narrower than the minimum span', () => {
    const view = { start: year(2012, 3), end: timeMs(year(2012, 3) + 1000) };
    const { state } = reconcileLinkState(s({ view }), dataset);
    expect(spanOf(state.view!)).toBe(bounds.minSpan);
    expect(sameView(state.view!, view)).toBe(false);
  });
});

describe('reconcileLinkState with groups', () => {
  let grouped: Dataset;
  beforeEach(() => {
    grouped = groupedDataset();
  });

  it('keeps the groups the dataset has, in the order the link gave them', () => {
    const state = s({ groups: ['second', 'first'] });
    expect(reconcileLinkState(state, grouped)).toEqual({ state, ignored: [] });
  });

  it('drops an unknown group with a note, keeping the rest of the link', () => {
    const { state, ignored } = reconcileLinkState(
      s({ groups: ['first', 'fourth', 'third'], q: 'item' }),
      grouped,
    );
    expect(state).toEqual(s({ groups: ['first', 'third'], q: 'item' }));
    expect(ignored).toEqual(['group "fourth" (no such group)']);
  });

  it('ignores groups= on a dataset without groups, with one note for the lot', () => {
    const { state, ignored } = reconcileLinkState(
      s({ groups: ['first', 'second'], people: ['kim'] }),
      dataset,
    );
    expect(state).toEqual(s({ people: ['kim'] }));
    expect(ignored).toEqual(['groups=first,second (this dataset has no groups)']);
  });

  it('keeps that note short however many ids the link held', () => {
    const many = Array.from({ length: 30 }, (_, i) => `group-number-${i}`);
    const { ignored } = reconcileLinkState(s({ groups: many }), dataset);
    expect(ignored).toHaveLength(1);
    expect(ignored[0]!.length).toBeLessThan(100);
  });
});
