/** Fold text for matching: lower case, no accents, straight quotes, single spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a query, folded; an empty list matches everything. */
export function queryWords(query: string): string[] {
  return normalizeText(query)
    .split(' ')
    .filter((word) => word !== '');
}
