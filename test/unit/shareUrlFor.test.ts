// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { eventLink, shareUrlFor } from '../../src/url/shareUrlFor';

describe('shareUrlFor', () => {
  it("hands out the event's static page, carrying the filters, under any sub-path", () => {
    expect(
      shareUrlFor('https://example.org/any/path/?event=x&q=a', 'proposal', {
        people: ['kim'],
        q: 'paris',
      }),
    ).toBe('https://example.org/any/path/e/proposal/?people=kim&q=paris');
  });

  it('links a ?data= dataset with ?event=, since it has no static pages', () => {
    expect(
      shareUrlFor('http://127.0.0.1:4173/', 'e-1', { data: '/story.json', people: [], q: '' }),
    ).toBe('http://127.0.0.1:4173/?data=%2Fstory.json&event=e-1');
  });
});

describe('eventLink', () => {
  const none = { people: [], q: '' };

  it("links a list row to the event's static page, which reads without JavaScript", () => {
    expect(eventLink('proposal', none)).toBe('e/proposal/');
    expect(eventLink('proposal', { people: ['kim'], q: 'paris' })).toBe(
      'e/proposal/?people=kim&q=paris',
    );
  });

  it('climbs back to the root from a static page, for the same link', () => {
    expect(eventLink('proposal', none, '../../')).toBe('../../e/proposal/');
  });

  it('links a ?data= dataset with ?event=, since it has no static pages', () => {
    expect(eventLink('e-1', { data: '/story.json', people: [], q: '' })).toBe(
      '?data=%2Fstory.json&event=e-1',
    );
  });
});
