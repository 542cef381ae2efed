// Rich text as a small tree of allowed nodes (CONTRACT §6), in the spirit of unified's hast and
// hast-util-sanitize's allow-list: importers build it from HTML, components render it as
// elements. It is never turned back into an HTML string, so nothing in it can run.

export interface RichTextNode {
  type: 'text';
  text: string;
}
export interface RichBreak {
  type: 'break';
}
export interface RichBold {
  type: 'bold';
  children: RichInline[];
}
export interface RichItalic {
  type: 'italic';
  children: RichInline[];
}
/** A link; `href` is always an absolute http(s) URL (isHttpUrl). */
export interface RichLink {
  type: 'link';
  href: string;
  children: RichInline[];
}
export type RichInline = RichTextNode | RichBreak | RichBold | RichItalic | RichLink;

export interface RichParagraph {
  type: 'paragraph';
  children: RichInline[];
}
export type RichNode = RichParagraph | RichInline;

/** A rich text document: paragraphs at the top, inline nodes inside. */
export type RichDoc = RichParagraph[];

/**
 * True for an absolute http(s) URL a reader may follow. Browsers drop tabs and newlines inside a
 * URL and spaces around it ("java\tscript:" runs), so any white space or control character
 * refuses the URL rather than being cleaned up.
 */
export function isHttpUrl(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^https?:\/\/[^\s/?#]+[^\s\u0000-\u001f\u007f]*$/i.test(text);
}

/**
 * True for an http(s) URL or a relative one (`img/a.jpg`, `/a.jpg`, `//host/a.jpg`): no other
 * scheme, so never javascript: or data:. A colon before the first / ? or # would be a scheme.
 */
export function isHttpOrRelativeUrl(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (text === '' || /[\s\u0000-\u001f\u007f\\]/.test(text)) return false;
  const scheme = /^([^/?#]*):/.exec(text);
  return scheme === null || isHttpUrl(text);
}

/** The words of a document as plain text: paragraphs apart by a blank line, breaks as newlines. */
export function richToPlainText(doc: RichDoc): string {
  return doc.map((p) => inlineText(p.children)).join('\n\n');
}

function inlineText(nodes: RichInline[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.text;
      if (node.type === 'break') return '\n';
      return inlineText(node.children);
    })
    .join('');
}
