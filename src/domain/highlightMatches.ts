import { foldText, queryWords } from './normalizeText';

export interface Segment {
  text: string;
  match: boolean;
}

/** Split `text` into plain and matched runs for the words of `query` (case- and accent-blind). */
export function highlightMatches(text: string, query: string): Segment[] {
  const words = queryWords(query);
  if (words.length === 0) return [{ text, match: false }];
  const chars = Array.from(text);
  // Folded text, and for each folded character the original character it came from.
  let folded = '';
  const origin: number[] = [];
  chars.forEach((c, i) => {
    for (const f of foldText(c)) {
      folded += f;
      origin.push(i);
    }
  });
  const marked = new Array<boolean>(chars.length).fill(false);
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
      marked.fill(true, origin[at]!, origin[at + word.length - 1]! + 1);
    }
  }
  // A combining accent belongs with the letter before it.
  chars.forEach((c, i) => {
    if (i > 0 && marked[i - 1] && foldText(c) === '') marked[i] = true;
  });
  const segments: Segment[] = [];
  chars.forEach((c, i) => {
    const last = segments[segments.length - 1];
    if (last && last.match === marked[i]) last.text += c;
    else segments.push({ text: c, match: marked[i]! });
  });
  return segments;
}
