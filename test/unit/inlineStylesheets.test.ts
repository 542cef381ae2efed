// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from '../../src/build/inlineStylesheets';

const sheets: Record<string, string> = { './assets/index-abc.css': '.a{color:red}\n' };
const read = (href: string) => sheets[href];

describe('inlineStylesheets', () => {
  it("puts a linked sheet's text in place of its link, as Vite writes the link", () => {
    const html =
      '<head><script type="module" crossorigin src="./assets/index.js"></script>\n' +
      '<link rel="stylesheet" crossorigin href="./assets/index-abc.css">\n</head>';
    expect(inlineStylesheets(html, read)).toBe(
      '<head><script type="module" crossorigin src="./assets/index.js"></script>\n' +
        '<style>.a{color:red}</style>\n</head>',
    );
  });

  it('takes the attributes in any order, and leaves links that are not stylesheets', () => {
    const html =
      '<link rel="icon" href="./favicon.svg" />' +
      '<link href="./assets/index-abc.css" rel="stylesheet" />';
    expect(inlineStylesheets(html, read)).toBe(
      '<link rel="icon" href="./favicon.svg" /><style>.a{color:red}</style>',
    );
  });

  it('leaves a link it cannot read as it is, rather than drop the styles', () => {
    const link = '<link rel="stylesheet" href="https://example.com/other.css">';
    expect(inlineStylesheets(link, read)).toBe(link);
  });

  it('no stylesheet text can close the <style> element early', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a{', '}', '"', '<', '/', '</style>', '</STYLE ', '</styl', ' ')),
        (parts) => {
          const css = parts.join('');
          const out = inlineStylesheets('<link rel="stylesheet" href="x.css">', () => css);
          const closes = out.match(/<\/style/gi) ?? [];
          expect(closes).toHaveLength(1);
          expect(out.endsWith('</style>')).toBe(true);
        },
      ),
    );
  });
});
