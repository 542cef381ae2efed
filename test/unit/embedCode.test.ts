// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildEmbedCode, embedUrl } from '../../src/embed/embedCode';
import { standaloneUrl } from '../../src/embed/standaloneUrl';
import { EMPTY_LINK_STATE, parseLinkState, type LinkState } from '../../src/url/linkState';

const APP = 'https://example.org/timeline/?event=old&embed=1';
const link = (patch: Partial<LinkState>): LinkState => ({ ...EMPTY_LINK_STATE, ...patch });

describe('buildEmbedCode', () => {
  const code = buildEmbedCode({
    appUrl: APP,
    link: link({ event: 'proposal', people: ['kim'], from: 2012 }),
    title: 'Kim and Kanye, 2002–2014',
    height: 700,
  });
  const frame = code.split('\n')[0]!;
  const src = /src="([^"]+)"/.exec(frame)![1]!.replace(/&amp;/g, '&');

  it('frames what is on screen, embedded', () => {
    expect(new URL(src).origin + new URL(src).pathname).toBe('https://example.org/timeline/');
    expect(parseLinkState(new URL(src).search)).toEqual({
      state: link({ event: 'proposal', people: ['kim'], from: 2012, embed: true }),
      ignored: [],
    });
  });

  it('has what the contract and the host script need', () => {
    expect(frame).toMatch(/^<iframe /);
    expect(frame).toMatch(/<\/iframe>$/);
    expect(frame).toContain('title="Kim and Kanye, 2002–2014"');
    expect(frame).toContain('allow="clipboard-write"');
    expect(frame).toContain(' data-timeline');
    expect(frame).toContain('height="700"');
    expect(code.split('\n')[1]).toBe(
      '<script src="https://example.org/timeline/embed.js" async></script>',
    );
  });

  it('escapes the title and the address', () => {
    const hostile = buildEmbedCode({
      appUrl: 'https://example.org/',
      link: link({ q: '"><script>' }),
      title: 'A "quoted" <b>title</b> & more',
      height: 500,
    });
    expect(hostile).toContain('title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"');
    expect(hostile.match(/<script/g)).toHaveLength(1);
    expect(hostile.match(/"/g)!.length % 2).toBe(0);
  });
});

describe('the frame and the standalone page', () => {
  it('embedUrl adds embed=1 to the same state', () => {
    expect(embedUrl(APP, link({ q: 'paris' }))).toBe(
      'https://example.org/timeline/?q=paris&embed=1',
    );
  });

  it('standaloneUrl is the same state without embed=1', () => {
    expect(standaloneUrl(APP, link({ q: 'paris', embed: true }))).toBe(
      'https://example.org/timeline/?q=paris',
    );
    expect(standaloneUrl(APP, link({ embed: true }))).toBe('https://example.org/timeline/');
  });
});
