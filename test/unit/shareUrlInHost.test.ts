// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFragment, shareUrlInHost } from '../../src/embed/shareUrlInHost';

describe('shareUrlInHost', () => {
  it.each([
    ['a plain page', 'https://news.example/story', 'https://news.example/story#timeline=proposal'],
    [
      'a page with a query',
      'https://news.example/story?page=2',
      'https://news.example/story?page=2#timeline=proposal',
    ],
    [
      'another event already named',
      'https://news.example/story#timeline=old',
      'https://news.example/story#timeline=proposal',
    ],
    [
      'another timeline on the page',
      'https://news.example/story#second=x',
      'https://news.example/story#second=x&timeline=proposal',
    ],
    [
      'a plain anchor',
      'https://news.example/story#comments',
      'https://news.example/story#timeline=proposal',
    ],
  ])('%s', (_name, host, expected) => {
    expect(shareUrlInHost(host, 'timeline', 'proposal')).toBe(expected);
  });

  it('uses the key the host page chose', () => {
    expect(shareUrlInHost('https://news.example/', 'second', 'proposal')).toBe(
      'https://news.example/#second=proposal',
    );
  });

  it('reads back what it wrote, for any key and event id', () => {
    const key = fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/);
    const id = fc.stringMatching(/^[a-z0-9-]{1,100}$/);
    fc.assert(
      fc.property(key, id, (k, event) => {
        const url = new URL(shareUrlInHost('https://news.example/a?b=c#x=y', k, event));
        expect(readFragment(url.hash).get(k)).toBe(event);
        expect(url.search).toBe('?b=c');
        if (k !== 'x') expect(readFragment(url.hash).get('x')).toBe('y');
      }),
    );
  });
});
