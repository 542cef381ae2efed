// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endOf, formatIsoPartial, startOf, type PartialDate } from '../../src/domain/partialDate';
import { DAY_MS, timeMs } from '../../src/domain/units';
import {
  EMPTY_LINK_STATE,
  formatView,
  parseLinkState,
  parseView,
  serializeLinkState,
  type LinkState,
} from '../../src/url/linkState';

const s = (patch: Partial<LinkState>): LinkState => ({ ...EMPTY_LINK_STATE, ...patch });
const months = (a: [number, number], b: [number, number]) => ({
  start: timeMs(Date.UTC(a[0], a[1] - 1, 1)),
  end: timeMs(Date.UTC(b[0], b[1], 1)),
});

describe('link state round trips', () => {
  it.each<[string, LinkState, string]>([
    ['nothing', s({}), ''],
    ['an event', s({ event: 'paris-fashion-show' }), '?event=paris-fashion-show'],
    [
      'people, commas kept readable',
      s({ people: ['kim', 'kris-humphries'] }),
      '?people=kim,kris-humphries',
    ],
    ['groups, commas kept readable', s({ groups: ['first', 'third'] }), '?groups=first,third'],
    [
      'people and groups, people first',
      s({ people: ['kim'], groups: ['interviews'] }),
      '?people=kim&groups=interviews',
    ],
    ['a year range', s({ from: 2011, to: 2012 }), '?from=2011&to=2012'],
    ['a search', s({ q: 'paris fashion' }), '?q=paris+fashion'],
    [
      'a window of whole months',
      s({ view: months([2011, 6], [2012, 12]) }),
      '?view=2011-06..2012-12',
    ],
    ['a window of whole years', s({ view: months([2011, 1], [2012, 12]) }), '?view=2011..2012'],
    ['a dataset', s({ data: '/big.json' }), '?data=%2Fbig.json'],
    ['the embedded app', s({ embed: true }), '?embed=1'],
    [
      'the embedded app at an event',
      s({ event: 'proposal', embed: true }),
      '?event=proposal&embed=1',
    ],
  ])('%s', (_name, state, search) => {
    expect(serializeLinkState(state)).toBe(search);
    expect(parseLinkState(search)).toEqual({ state, ignored: [] });
  });

  it.each<[string, LinkState]>([
    ['awkward search text', s({ q: 'café & “quotes” = 100% + #1?' })],
    ['a dataset URL with its own query', s({ data: 'https://example.org/d.json?x=1&y=2' })],
    [
      'a window of days',
      s({ view: { start: timeMs(Date.UTC(2014, 4, 17)), end: timeMs(Date.UTC(2014, 5, 2)) } }),
    ],
    [
      'everything at once',
      s({
        data: 'data/x.json',
        event: 'proposal',
        people: ['kanye'],
        groups: ['second'],
        from: 2002,
        to: 2014,
        q: 'kim',
        view: months([2013, 1], [2013, 12]),
      }),
    ],
  ])('%s', (_name, state) => {
    expect(parseLinkState(serializeLinkState(state))).toEqual({ state, ignored: [] });
  });
});

describe('bad links', () => {
  it.each<[string, string, Partial<LinkState>, RegExp[]]>([
    ['a word for a year', 'from=abc&to=2012', { to: 2012 }, [/from "abc"/]],
    ['from after to', 'from=2013&to=2011&q=kim', { q: 'kim' }, [/from 2013 is after to 2011/]],
    ['a malformed view', 'view=2011&event=proposal', { event: 'proposal' }, [/view "2011"/]],
    ['an inverted view', 'view=2012..2011', {}, [/view/]],
    ['an impossible date in a view', 'view=2011-13..2012', {}, [/view/]],
    [
      'a repeated parameter',
      'event=proposal&event=naysayers',
      { event: 'proposal' },
      [/repeated event/],
    ],
    ['empty people items, dropped silently', 'people=,,', {}, []],
    ['empty items among people', 'people=kim,,kanye,', { people: ['kim', 'kanye'] }, []],
    ['a person twice', 'people=kim&people=kim,kanye', { people: ['kim', 'kanye'] }, []],
    [
      'a person id that is no slug',
      'people=kim,Bad%20Id',
      { people: ['kim'] },
      [/person "Bad Id"/],
    ],
    ['empty groups items, dropped silently', 'groups=,,', {}, []],
    [
      'groups repeated and spread over two parameters',
      'groups=first&groups=first,,second',
      { groups: ['first', 'second'] },
      [],
    ],
    [
      'a group id that is no slug, the rest kept',
      'groups=First%20Round,second&people=kim',
      { people: ['kim'], groups: ['second'] },
      [/group "First Round" \(not a group id\)/],
    ],
    ['a group id with markup', 'groups=%3Cb%3E', {}, [/group "<b>"/]],
    ['an event id that is no slug', 'event=%3Cscript%3E', {}, [/event "<script>"/]],
    ['__proto__ keys', '__proto__=1&constructor=2&people=__proto__', {}, [/person "__proto__"/]],
    ['a javascript: dataset', 'data=javascript:alert(1)', {}, [/data/]],
    ['a JavaScript: dataset', 'data=JavaScript:alert(1)', {}, [/data/]],
    ['a data: dataset', 'data=data:application/json,%7B%7D', {}, [/data/]],
    ['a javascript: URL with a tab in the scheme', 'data=java%09script:alert(1)', {}, [/data/]],
    [
      'a data: URL behind a control character',
      'data=%01data:application/json,%7B%7D',
      {},
      [/data/],
    ],
    ['embed=0 means the standalone page', 'embed=0&q=kim', { q: 'kim' }, []],
    ['embed with another value', 'embed=yes&q=kim', { q: 'kim' }, [/embed "yes"/]],
    ['an absurdly long event id', `event=${'a'.repeat(5000)}`, {}, [/event/]],
    ['an absurdly long dataset URL', `data=/${'a'.repeat(5000)}`, {}, [/data/]],
  ])('%s: %s', (_name, search, state, notes) => {
    const parsed = parseLinkState(search);
    expect(parsed.state).toEqual(s(state));
    expect(parsed.ignored).toHaveLength(notes.length);
    notes.forEach((note, i) => expect(parsed.ignored[i]).toMatch(note));
  });

  it('cuts absurdly long search text and keeps notes short', () => {
    const parsed = parseLinkState(`q=${'x'.repeat(10_000)}&event=${'Y'.repeat(10_000)}`);
    expect(parsed.state.q.length).toBeLessThanOrEqual(200);
    expect(parsed.ignored.join('').length).toBeLessThan(200);
  });

  it('accepts relative, root-relative and http(s) dataset URLs', () => {
    for (const data of ['big.json', '/big.json', './d/x.json', 'https://a.example/x.json'])
      expect(parseLinkState(`data=${encodeURIComponent(data)}`).state.data).toBe(data);
  });

  it('never pollutes Object.prototype', () => {
    parseLinkState('__proto__[polluted]=1&constructor[prototype][polluted]=1');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const stateArb: fc.Arbitrary<LinkState> = fc
  .record({
    data: fc.option(fc.oneof(fc.webUrl(), fc.constantFrom('/big.json', 'data/x.json')), {
      nil: undefined,
    }),
    event: fc.option(slug, { nil: undefined }),
    people: fc.uniqueArray(slug, { maxLength: 6 }),
    groups: fc.uniqueArray(slug, { maxLength: 6 }),
    years: fc.option(
      fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 50 })),
      { nil: undefined },
    ),
    q: fc.string({ unit: 'grapheme', maxLength: 60 }).map((q) => q.trim()),
    view: fc.option(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 900 })), {
      nil: undefined,
    }),
    embed: fc.option(fc.constant(true), { nil: undefined }),
  })
  .map(({ years, view, ...rest }) => {
    const start = Date.UTC(1990, 0, 1) + (view?.[0] ?? 0) * 7 * DAY_MS;
    return {
      ...rest,
      ...(years ? { from: years[0], to: Math.min(years[0] + years[1], 9999) } : {}),
      ...(view ? { view: { start: timeMs(start), end: timeMs(start + view[1] * DAY_MS) } } : {}),
    };
  })
  .map((state) => JSON.parse(JSON.stringify(state)) as LinkState);

describe('link state properties', () => {
  it('parseLinkState never throws, whatever the query string', () => {
    const key = fc.constantFrom(
      'data',
      'event',
      'people',
      'groups',
      'from',
      'to',
      'q',
      'view',
      'embed',
      '__proto__',
    );
    const pair = fc.tuple(key, fc.string()).map(([k, v]) => `${k}=${v}`);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pair).map((p) => p.join('&')),
        ),
        (search) => {
          const parsed = parseLinkState(search);
          expect(Array.isArray(parsed.state.people)).toBe(true);
          expect(parsed.state.groups.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
          expect(typeof parsed.state.q).toBe('string');
        },
      ),
    );
  });

  it('parse(serialize(state)) gives back the state', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(parseLinkState(serializeLinkState(state))).toEqual({ state, ignored: [] });
      }),
    );
  });

  it('groups survive a round trip whatever else the link holds, in their order, once each', () => {
    const messy = fc.array(fc.oneof(slug, fc.constant(''), fc.constant(' ')), { maxLength: 8 });
    fc.assert(
      fc.property(stateArb, messy, (state, items) => {
        const search = `${serializeLinkState(state)}&groups=${items.join(',')}`;
        const parsed = parseLinkState(search).state;
        const wanted = [...new Set([...state.groups, ...items.map((i) => i.trim())])].filter(
          (id) => id !== '',
        );
        expect(parsed.groups).toEqual(wanted);
        expect(parseLinkState(serializeLinkState(parsed)).state).toEqual(parsed);
      }),
    );
  });

  it('formatView / parseView restore any window to within a day', () => {
    const t = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) });
    fc.assert(
      fc.property(t, fc.integer({ min: 2 * DAY_MS, max: 80 * 365 * DAY_MS }), (start, span) => {
        const view = { start: timeMs(start), end: timeMs(start + span) };
        const back = parseView(formatView(view))!;
        expect(Math.abs(back.start - view.start)).toBeLessThanOrEqual(DAY_MS);
        expect(Math.abs(back.end - view.end)).toBeLessThanOrEqual(DAY_MS);
      }),
    );
  });

  it('formatView writes the coarsest exact form', () => {
    const d = (year: number, month?: number, day?: number): PartialDate => ({
      year,
      month,
      day,
      precision: day ? 'day' : month ? 'month' : 'year',
    });
    const view = (a: PartialDate, b: PartialDate) => ({ start: startOf(a), end: endOf(b) });
    for (const [a, b] of [
      [d(2011), d(2012)],
      [d(2011, 6), d(2012, 12)],
      [d(2014, 5, 17), d(2014, 6, 1)],
    ] as const)
      expect(formatView(view(a, b))).toBe(`${formatIsoPartial(a)}..${formatIsoPartial(b)}`);
  });
});
