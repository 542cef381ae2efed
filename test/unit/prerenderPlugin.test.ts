// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fillRoot } from '../../src/build/prerenderPlugin';

describe('fillRoot', () => {
  it("draws the app into index.html's empty #root, and nowhere else", () => {
    const html = '<body>\n<div id="root"></div>\n<p>$& $1</p></body>';
    expect(fillRoot(html, '<main>$&</main>')).toBe(
      '<body>\n<div id="root"><main>$&</main></div>\n<p>$& $1</p></body>',
    );
  });

  it('refuses a page with nowhere to draw, rather than ship one without the story', () => {
    expect(() => fillRoot('<div id="root">old</div>', '<main></main>')).toThrow(/#root|root/);
  });
});
