// A tolerant HTML tokenizer for the small fragments timeline tools store (TimelineJS's text and
// media). Hand-written rather than DOMParser so the same code runs in Node (the CLI) and in the
// browser, and rather than a sanitizer package because we keep no HTML at all: the tokens only
// feed the allow-list tree builder. It never throws; anything it does not understand is text.

export type HtmlToken =
  | { kind: 'text'; text: string }
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string };

/** Elements whose content is code, styling or fallback, never reader text: dropped whole. */
const DROP_CONTENT = new Set([
  'script',
  'style',
  'iframe',
  'noscript',
  'template',
  'textarea',
  'title',
  'svg',
  'math',
  'object',
  'head',
]);

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let at = 0;
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart)
      tokens.push({ kind: 'text', text: decodeEntities(html.slice(textStart, end)) });
  };
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt === -1) break;
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      flushText(lt);
      const end = html.indexOf('-->', lt + 4);
      at = textStart = end === -1 ? html.length : end + 3;
    } else if (next === '!' || next === '?') {
      flushText(lt);
      const end = html.indexOf('>', lt);
      at = textStart = end === -1 ? html.length : end + 1;
    } else if (/[a-zA-Z]/.test(next) || (next === '/' && /[a-zA-Z]/.test(html[lt + 2] ?? ''))) {
      flushText(lt);
      const { token, end } = readTag(html, lt);
      at = textStart = end;
      if (token.kind === 'open' && DROP_CONTENT.has(token.name)) {
        // Skip to the matching end tag (browsers ignore "/>" here too); an unclosed <script>
        // swallows the rest, as in a browser.
        const close = new RegExp(`</${token.name}[\\s/>]`, 'i').exec(html.slice(at));
        at = textStart = close ? at + close.index + close[0].length : html.length;
        if (close && !close[0].endsWith('>')) {
          const gt = html.indexOf('>', at);
          at = textStart = gt === -1 ? html.length : gt + 1;
        }
      } else {
        tokens.push(token);
      }
    } else {
      at = lt + 1; // A lone "<" is text.
    }
  }
  flushText(html.length);
  return tokens;
}

const NAME = /[^\s/>]+/y;
const ATTR_NAME = /[^\s"'>/=]+/y;
const SPACE = /[\s/]*/y;

function readTag(html: string, lt: number): { token: HtmlToken; end: number } {
  const closing = html[lt + 1] === '/';
  let at = lt + (closing ? 2 : 1);
  NAME.lastIndex = at;
  const name = (NAME.exec(html)?.[0] ?? '').toLowerCase();
  at = NAME.lastIndex;
  const attrs: Record<string, string> = {};
  let selfClosing = false;
  for (;;) {
    SPACE.lastIndex = at;
    const space = SPACE.exec(html)?.[0] ?? '';
    at = SPACE.lastIndex;
    if (at >= html.length) break;
    if (html[at] === '>') {
      selfClosing = space.endsWith('/');
      at += 1;
      break;
    }
    ATTR_NAME.lastIndex = at;
    const attr = (ATTR_NAME.exec(html)?.[0] ?? html[at]!).toLowerCase();
    at = Math.max(ATTR_NAME.lastIndex, at + 1);
    let value = '';
    const eq = /\s*=\s*/y;
    eq.lastIndex = at;
    if (eq.exec(html)) {
      at = eq.lastIndex;
      const quote = html[at];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, at + 1);
        const end = close === -1 ? html.length : close;
        value = html.slice(at + 1, end);
        at = end + 1;
      } else {
        const unquoted = /[^\s>]*/y;
        unquoted.lastIndex = at;
        value = unquoted.exec(html)?.[0] ?? '';
        at = unquoted.lastIndex;
      }
    }
    // The first of a repeated attribute wins, as in browsers.
    if (!(attr in attrs)) attrs[attr] = decodeEntities(value);
  }
  const token: HtmlToken = closing
    ? { kind: 'close', name }
    : { kind: 'open', name, attrs, selfClosing };
  return { token, end: Math.min(at, html.length) };
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  copy: '©',
  reg: '®',
  trade: '™',
  middot: '·',
  bull: '•',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  oacute: 'ó',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  ccedil: 'ç',
  ntilde: 'ñ',
};

/** Character references: numeric ones and the common named ones; others stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});?/g,
    (whole, ref: string) => {
      if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : '\ufffd';
    },
  );
}
