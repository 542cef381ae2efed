// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isHttpUrl,
  richToPlainText,
  type RichDoc,
  type RichInline,
} from '../../src/domain/richText';
import { parseRichHtml } from '../../src/richtext/parseRichHtml';
import { quoteFromHtml } from '../../src/richtext/quoteFromHtml';

const p = (...children: RichInline[]) => ({ type: 'paragraph' as const, children });
const t = (text: string): RichInline => ({ type: 'text', text });

/** Every node type and link in a document, to check the allow-list holds. */
function walk(doc: RichDoc): { types: Set<string>; hrefs: string[] } {
  const types = new Set<string>();
  const hrefs: string[] = [];
  const visit = (node: RichDoc[number] | RichInline) => {
    types.add(node.type);
    if (node.type === 'link') hrefs.push(node.href);
    if ('children' in node) node.children.forEach(visit);
  };
  doc.forEach(visit);
  return { types, hrefs };
}

describe('parseRichHtml', () => {
  it.each<[string, RichDoc]>([
    ['plain words', [p(t('plain words'))]],
    ['<p>one</p><p>two</p>', [p(t('one')), p(t('two'))]],
    ['a<br>b<br/>c', [p(t('a'), { type: 'break' }, t('b'), { type: 'break' }, t('c'))]],
    [
      '<b>bold</b> <strong>strong</strong>',
      [
        p({ type: 'bold', children: [t('bold')] }, t(' '), {
          type: 'bold',
          children: [t('strong')],
        }),
      ],
    ],
    [
      '<i>i</i><em>em</em>',
      [p({ type: 'italic', children: [t('i')] }, { type: 'italic', children: [t('em')] })],
    ],
    [
      '<a href="https://example.org/?a=1&amp;b=2">link</a>',
      [p({ type: 'link', href: 'https://example.org/?a=1&b=2', children: [t('link')] })],
    ],
    ['  lots   of\n\n space  ', [p(t('lots of space'))]],
    ['<span class="tl-note">note</span> kept', [p(t('note kept'))]],
    ['&lt;b&gt; is text &amp; &#8217; &#x2014; &nbsp;', [p(t('<b> is text & ’ — \u00a0'))]],
    ['<ul><li>one</li><li>two</li></ul>', [p(t('one')), p(t('two'))]],
    ['unclosed <b>bold', [p(t('unclosed '), { type: 'bold', children: [t('bold')] })]],
    ['</b>stray close', [p(t('stray close'))]],
    ['<p></p><br><p> </p>', []],
    ['', []],
  ])('reads %j', (html, doc) => {
    expect(parseRichHtml(html)).toEqual(doc);
  });

  it.each([
    ['<script>alert(1)</script>safe', 'safe'],
    ['<SCRIPT type="text/javascript">alert(1)</SCRIPT >safe', 'safe'],
    ['<style>body{display:none}</style>safe', 'safe'],
    ['<iframe src="https://evil.example">fallback</iframe>safe', 'safe'],
    ['<img src=x onerror="alert(1)">safe', 'safe'],
    ['<svg onload=alert(1)><text>svg</text></svg>safe', 'safe'],
    ['<!-- <script>alert(1)</script> -->safe', 'safe'],
    ['<script>never closed', ''],
    ['<p onclick="alert(1)" style="color:red">safe</p>', 'safe'],
  ])('drops code and keeps the words: %j', (html, text) => {
    expect(richToPlainText(parseRichHtml(html))).toBe(text);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JAVASCRIPT:alert(1)'],
    ['jav&#x61;script:alert(1)'],
    ['java&#9;script:alert(1)'],
    [' javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['/relative/page'],
    ['//evil.example/x'],
    ['https://exa mple.org'],
  ])('keeps the words of a link to %j, not the link', (href) => {
    const doc = parseRichHtml(`<a href="${href}">words</a>`);
    expect(walk(doc).hrefs).toEqual([]);
    expect(richToPlainText(doc)).toContain('words');
  });

  it('never throws, and builds only allowed nodes with http(s) links', () => {
    const tag = fc.constantFrom(
      'p',
      'b',
      'i',
      'a',
      'br',
      'script',
      'style',
      'div',
      'em',
      'iframe',
      'x',
    );
    const piece = fc.oneof(
      fc.string(),
      tag.map((n) => `<${n}>`),
      tag.map((n) => `</${n}>`),
      fc.string().map((s) => `<a href="${s}">`),
      fc.constantFrom('<!--', '-->', '<', '>', '&', '&#', '"', "'", '<a href=javascript:x>'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const doc = parseRichHtml(pieces.join(''));
        const { types, hrefs } = walk(doc);
        for (const type of types) {
          expect(['paragraph', 'text', 'break', 'bold', 'italic', 'link']).toContain(type);
        }
        for (const href of hrefs) expect(isHttpUrl(href)).toBe(true);
        for (const paragraph of doc) expect(paragraph.type).toBe('paragraph');
      }),
    );
  });

  it('keeps every word of plain text (no markup), with white space collapsed', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[<&]/.test(s)),
        (text) => {
          const expected = text.replace(/[ \t\n\r\f]+/g, ' ').trim();
          expect(richToPlainText(parseRichHtml(text))).toBe(expected);
        },
      ),
    );
  });

  it('stays shallow however deep the nesting', () => {
    const doc = parseRichHtml('<b><i>'.repeat(500) + 'deep');
    const depth = (nodes: RichInline[]): number =>
      Math.max(0, ...nodes.map((n) => ('children' in n ? 1 + depth(n.children) : 0)));
    expect(depth(doc[0]!.children)).toBeLessThanOrEqual(8);
    expect(richToPlainText(doc)).toBe('deep');
  });
});

describe('quoteFromHtml', () => {
  it('reads a TimelineJS blockquote with its cite', () => {
    const html =
      '<blockquote>There is no demand for women engineers, as such. <cite>Edith Clarke, first female professor</cite></blockquote>';
    expect(quoteFromHtml(html)).toEqual({
      text: 'There is no demand for women engineers, as such.',
      cite: 'Edith Clarke, first female professor',
    });
  });

  it.each([
    ['<blockquote>“Words.”<cite>— Ada</cite></blockquote>', { text: '“Words.”', cite: 'Ada' }],
    ['<blockquote><p>No <b>name</b></p></blockquote>', { text: 'No name' }],
    ['<blockquote><script>x</script></blockquote>', null],
    ['https://example.org/a.jpg', null],
    ['<p>not a quote</p>', null],
  ])('%j', (html, quote) => {
    expect(quoteFromHtml(html)).toEqual(quote);
  });
});
