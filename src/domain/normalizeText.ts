/** Lower case, no accents, straight quotes: the folding that search and highlighting share. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"');
}

/** Fold text for matching: foldText, then single spaces. */
export function normalizeText(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}

/** The words of a query, folded; an empty list matches everything. */
export function queryWords(query: string): string[] {
  return normalizeText(query)
    .split(' ')
    .filter((word) => word !== '');
}
