// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EMPTY_LINK_STATE, type LinkState } from '../../src/url/linkState';
import { eventLink, shareUrlFor } from '../../src/url/shareUrlFor';

const s = (patch: Partial<LinkState>): LinkState => ({ ...EMPTY_LINK_STATE, ...patch });

describe('shareUrlFor', () => {
  it("hands out the event's static page, carrying the filters, under any sub-path", () => {
    expect(
      shareUrlFor(
        'https://example.org/any/path/?event=x&q=a',
        'proposal',
        s({ people: ['kim'], q: 'paris' }),
      ),
    ).toBe('https://example.org/any/path/e/proposal/?people=kim&q=paris');
  });

  it('links a ?data= dataset with ?event=, since it has no static pages', () => {
    expect(shareUrlFor('http://127.0.0.1:4173/', 'e-1', s({ data: '/story.json' }))).toBe(
      'http://127.0.0.1:4173/?data=%2Fstory.json&event=e-1',
    );
  });

  it('carries the chosen groups, on either form of link', () => {
    const rest = s({ data: '/vis.json', groups: ['first', 'second'], people: ['ada'] });
    expect(shareUrlFor('http://127.0.0.1:4173/', 'item-0', rest)).toBe(
      'http://127.0.0.1:4173/?data=%2Fvis.json&event=item-0&people=ada&groups=first,second',
    );
    expect(shareUrlFor('https://example.org/', 'proposal', s({ groups: ['first'] }))).toBe(
      'https://example.org/e/proposal/?groups=first',
    );
  });
});

describe('eventLink', () => {
  const none = EMPTY_LINK_STATE;

  it("links a list row to the event's static page, which reads without JavaScript", () => {
    expect(eventLink('proposal', none)).toBe('e/proposal/');
    expect(eventLink('proposal', { ...none, people: ['kim'], q: 'paris' })).toBe(
      'e/proposal/?people=kim&q=paris',
    );
  });

  it('climbs back to the root from a static page, for the same link', () => {
    expect(eventLink('proposal', none, '../../')).toBe('../../e/proposal/');
  });

  it('links a ?data= dataset with ?event=, since it has no static pages', () => {
    expect(eventLink('e-1', { ...none, data: '/story.json' })).toBe(
      '?data=%2Fstory.json&event=e-1',
    );
  });
});
