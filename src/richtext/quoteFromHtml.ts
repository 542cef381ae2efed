import { richToPlainText } from '../domain/richText';
import { buildDoc } from './parseRichHtml';
import { tokenizeHtml, type HtmlToken } from './tokenizeHtml';

export interface HtmlQuote {
  /** The quoted words, as plain text. */
  text: string;
  /** Who said it, from <cite>, when given. */
  cite?: string;
}

/**
 * The quotation in a TimelineJS media field: `<blockquote>words <cite>Name</cite></blockquote>`
 * (TimelineJS draws such media as a quote). Null when there is no blockquote with words in it.
 */
export function quoteFromHtml(html: string): HtmlQuote | null {
  const words: HtmlToken[] = [];
  const cite: HtmlToken[] = [];
  let inQuote = 0;
  let inCite = 0;
  for (const token of tokenizeHtml(html)) {
    if (token.kind !== 'text' && token.name === 'blockquote') {
      inQuote += token.kind === 'open' ? 1 : inQuote > 0 ? -1 : 0;
    } else if (token.kind !== 'text' && token.name === 'cite') {
      inCite += token.kind === 'open' ? 1 : inCite > 0 ? -1 : 0;
    } else if (inCite > 0) cite.push(token);
    else if (inQuote > 0) words.push(token);
  }
  const text = plain(words);
  if (text === '') return null;
  // "— Name" and "- Name" are common ways of writing the attribution.
  const name = plain(cite).replace(/^[-–—―\s]+/, '');
  return name === '' ? { text } : { text, cite: name };
}

function plain(tokens: HtmlToken[]): string {
  return richToPlainText(buildDoc(tokens)).replace(/\s+/g, ' ').trim();
}
