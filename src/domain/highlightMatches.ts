import { queryWords } from './normalizeText';

export interface Segment {
  text: string;
  match: boolean;
}

/** Fold one character the way normalizeText does, keeping a one-to-one index mapping. */
function foldChar(c: string): string {
  const folded = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (folded.length !== 1) return c.toLowerCase().slice(0, 1) || c;
  return folded.replace(/[‘’‚‛′]/, "'").replace(/[“”„‟″]/, '"');
}

/** Split `text` into plain and matched runs for the words of `query` (case- and accent-blind). */
export function highlightMatches(text: string, query: string): Segment[] {
  const words = queryWords(query);
  if (words.length === 0) return [{ text, match: false }];
  const chars = Array.from(text);
  const folded = chars.map(foldChar).join('');
  const marked = new Array<boolean>(chars.length).fill(false);
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
      marked.fill(true, at, at + word.length);
    }
  }
  const segments: Segment[] = [];
  chars.forEach((c, i) => {
    const last = segments[segments.length - 1];
    if (last && last.match === marked[i]) last.text += c;
    else segments.push({ text: c, match: marked[i]! });
  });
  return segments;
}
