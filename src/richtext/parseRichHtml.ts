import {
  isHttpUrl,
  type RichDoc,
  type RichInline,
  type RichParagraph,
  type RichTextNode,
} from '../domain/richText';
import { tokenizeHtml, type HtmlToken } from './tokenizeHtml';

// HTML to our rich text tree through an allow-list, like hast-util-sanitize's schema: paragraphs,
// line breaks, bold, italic, and links to http(s). Every other element is reduced to its text;
// scripts, styles and frames (with their content) are already gone in tokenizeHtml. Attributes
// other than a link's href are never read, so event handlers and styles cannot come through.

/** Elements that end a paragraph and start the next. */
const BLOCK = new Set(
  'p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote section article header footer aside nav main figure figcaption table thead tbody tr td th pre address hr'.split(
    ' ',
  ),
);
const BOLD = new Set(['b', 'strong']);
const ITALIC = new Set(['i', 'em']);

/** Deeper nesting is flattened: no reader needs it, and it keeps rendering shallow. */
const MAX_DEPTH = 8;

interface Frame {
  tag: string;
  children: RichInline[];
}

export function parseRichHtml(html: string): RichDoc {
  return buildDoc(tokenizeHtml(html));
}

/** The tree for tokens already read, e.g. the part of a media field outside its quote. */
export function buildDoc(tokens: readonly HtmlToken[]): RichDoc {
  const doc: RichDoc = [];
  let paragraph: RichParagraph = { type: 'paragraph', children: [] };
  let stack: Frame[] = [{ tag: '', children: paragraph.children }];
  // The last text node written, and whether the reader would see a space before the next word.
  let lastText: RichTextNode | null = null;
  let atLineStart = true;

  const top = () => stack[stack.length - 1]!;
  const trimLastText = () => {
    // Only HTML's collapsible white space: a no-break space is meant to show.
    if (lastText) lastText.text = lastText.text.replace(/[ \t\n\r\f]+$/, '');
  };
  const endParagraph = () => {
    trimLastText();
    const children = prune(paragraph.children);
    if (children.some((n) => n.type !== 'break')) doc.push({ type: 'paragraph', children });
    paragraph = { type: 'paragraph', children: [] };
    stack = [{ tag: '', children: paragraph.children }];
    lastText = null;
    atLineStart = true;
  };
  const addText = (raw: string) => {
    let text = raw.replace(/[ \t\n\r\f]+/g, ' ');
    if (atLineStart || lastText?.text.endsWith(' ')) text = text.replace(/^ /, '');
    if (text === '') return;
    const siblings = top().children;
    const previous = siblings[siblings.length - 1];
    if (previous?.type === 'text') previous.text += text;
    else siblings.push({ type: 'text', text });
    lastText =
      previous?.type === 'text' ? previous : (siblings[siblings.length - 1] as RichTextNode);
    atLineStart = false;
  };
  const open = (tag: string, node: RichInline & { children: RichInline[] }) => {
    top().children.push(node);
    stack.push({ tag, children: node.children });
  };

  for (const token of tokens) {
    if (token.kind === 'text') addText(token.text);
    else if (BLOCK.has(token.name)) endParagraph();
    else if (token.kind === 'close') {
      const at = stack.findLastIndex((frame, i) => i > 0 && frame.tag === token.name);
      if (at > 0) stack.length = at;
    } else if (token.name === 'br') {
      trimLastText();
      top().children.push({ type: 'break' });
      atLineStart = true;
    } else if (token.selfClosing || stack.length > MAX_DEPTH) {
      continue;
    } else if (BOLD.has(token.name)) open(token.name, { type: 'bold', children: [] });
    else if (ITALIC.has(token.name)) open(token.name, { type: 'italic', children: [] });
    else if (token.name === 'a') {
      const href = (token.attrs.href ?? '').trim();
      // An unsafe or missing href keeps the words and drops the link.
      if (isHttpUrl(href)) open('a', { type: 'link', href, children: [] });
    }
  }
  endParagraph();
  return doc;
}

/** Without empty text, empty formatting, and breaks at the edges. */
function prune(nodes: RichInline[]): RichInline[] {
  const kept: RichInline[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.text !== '') kept.push(node);
    } else if (node.type === 'break') kept.push(node);
    else {
      const children = prune(node.children);
      if (children.length > 0) kept.push({ ...node, children });
    }
  }
  while (kept[0]?.type === 'break') kept.shift();
  while (kept[kept.length - 1]?.type === 'break') kept.pop();
  return kept;
}
