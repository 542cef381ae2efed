// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkedDatasetUrl } from '../../src/boot/linkedDatasetUrl';
import { prerenderFit } from '../../src/boot/prerenderFit';
import { timeMs } from '../../src/domain/units';
import {
  EMPTY_LINK_STATE,
  parseLinkState,
  serializeLinkState,
  type LinkState,
} from '../../src/url/linkState';

/**
 * Every parameter the link codec writes, read off a state with every field set (Required<> makes
 * a new field fail to compile here until it is given), plus strangers: a new link parameter is
 * in the property below without anyone remembering to list it.
 */
const EVERY_FIELD: Required<LinkState> = {
  data: '/big.json',
  event: 'proposal',
  people: ['kim'],
  groups: ['first'],
  from: 2011,
  to: 2012,
  q: 'paris',
  view: { start: timeMs(Date.UTC(2011, 5, 1)), end: timeMs(Date.UTC(2012, 11, 1)) },
  embed: true,
  story: true,
  lanes: 'people',
};
const KEYS = [
  ...new URLSearchParams(serializeLinkState(EVERY_FIELD)).keys(),
  'utm_source',
  '__proto__',
];
const value = fc.oneof(
  fc.constantFrom('', ' ', 'proposal', 'kim,,', '2011', 'abc', '1', '0', 'people', 'shared'),
  fc.constantFrom('/big.json', 'https://example.org/x.json', 'javascript:alert(1)', ' data:,x'),
  fc.constantFrom('2011-06..2012-12', '2011..2012', 'x..y'),
  fc.string(),
);
/** A query string of known and unknown parameters, blank and repeated ones included. */
const search = fc
  .array(
    fc.tuple(fc.constantFrom(...KEYS), value).map(([k, v]) => `${k}=${encodeURIComponent(v)}`),
    { maxLength: 6 },
  )
  .map((pairs) => (pairs.length ? `?${pairs.join('&')}` : ''));

describe('prerenderFit', () => {
  it.each([
    ['', 'hydrate'],
    ['?', 'hydrate'],
    ['?utm_source=news&fbclid=x', 'hydrate'],
    ['?q=&people=', 'hydrate'],
    ['?event=proposal', 'show'],
    ['?event=no-such-event', 'show'],
    ['?view=2011..2012', 'show'],
    ['?event=proposal&story=1', 'show'],
    ['?data=/big.json', 'hide'],
    ['?data=javascript:alert(1)', 'hide'],
    ['?embed=1', 'hide'],
    ['?embed=0', 'hide'],
    ['?q=paris', 'hide'],
    ['?people=kim', 'hide'],
    ['?groups=first', 'hide'],
    ['?from=2011', 'hide'],
    ['?to=2012', 'hide'],
    ['?lanes=people', 'hide'],
    ['?event=proposal&q=paris', 'hide'],
  ])('%j: %s', (query, fit) => {
    expect(prerenderFit(query)).toBe(fit);
  });

  // The one promise hydration rests on: the page it would adopt is the page the link asks for.
  it('hydrates only links that ask for exactly the page as it opens', () => {
    fc.assert(
      fc.property(search, (query) => {
        if (prerenderFit(query) === 'hydrate')
          expect(parseLinkState(query)).toEqual({ state: EMPTY_LINK_STATE, ignored: [] });
      }),
    );
  });

  it('hydrates every link to the page as it opens, whatever else it carries', () => {
    const unknown = fc
      .array(fc.tuple(fc.constantFrom('utm_source', 'ref', 'x'), fc.string()), { maxLength: 3 })
      .map((pairs) => new URLSearchParams(pairs).toString());
    fc.assert(
      fc.property(unknown, (query) => {
        expect(prerenderFit(query)).toBe('hydrate');
        expect(prerenderFit(`${serializeLinkState(EMPTY_LINK_STATE)}${query}`)).toBe('hydrate');
      }),
    );
  });

  it('shows the page only to links for the same story, filters and layout', () => {
    fc.assert(
      fc.property(search, (query) => {
        if (prerenderFit(query) !== 'show') return;
        const { state } = parseLinkState(query);
        expect(state.data ?? state.embed ?? state.lanes ?? state.from ?? state.to).toBeUndefined();
        expect(state.people).toEqual([]);
        expect(state.q).toBe('');
      }),
    );
  });
});

describe('linkedDatasetUrl', () => {
  it.each([
    ['?data=/big.json', '/big.json'],
    ['?data=data/x.json', 'data/x.json'],
    ['?data=https%3A%2F%2Fexample.org%2Fx.json', 'https://example.org/x.json'],
    ['?data=%20/a.json%20', '/a.json'],
    ['?data=&data=/second.json', '/second.json'],
    ['?data=/first.json&data=/second.json', '/first.json'],
    ['?data=javascript:alert(1)', undefined],
    ['?data=java%09script:alert(1)', undefined],
    ['?data=data:,{}', undefined],
    ['?data=ftp://example.org/x.json', undefined],
    ['?event=proposal', undefined],
  ])('%j: %j', (query, url) => {
    expect(linkedDatasetUrl(query)).toBe(url);
  });

  it('takes no URL longer than 2,000 characters', () => {
    expect(linkedDatasetUrl(`?data=/${'x'.repeat(1999)}`)).toHaveLength(2000);
    expect(linkedDatasetUrl(`?data=/${'x'.repeat(2000)}`)).toBeUndefined();
  });

  // The head script prefetches with this function: it must pick what the app then loads.
  it('is the dataset parseLinkState loads, for any query string', () => {
    fc.assert(
      fc.property(fc.oneof(search, fc.string()), (query) => {
        expect(linkedDatasetUrl(query)).toBe(parseLinkState(query).state.data);
      }),
    );
  });
});
