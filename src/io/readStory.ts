import { parseDataset, type ParseResult } from '../domain/parseDataset';

/**
 * Any story text, as a dataset: our own JSON is checked at once; anything else (TimelineJS JSON
 * or spreadsheet CSV, a vis-timeline list) loads the readers in src/formats on demand (~19 KB
 * gzip that a reader of our own files never downloads). The format is decided by content; the
 * name only labels the import.
 */
export async function readStory(text: string, name?: string): Promise<ParseResult> {
  const json = parseJson(text);
  if (isOurFormat(json)) return parseDataset(json);
  const { convertAny } = await import('../formats/convertAny');
  const converted = convertAny(text, name);
  if ('problems' in converted) {
    return { ok: false, errors: converted.problems.map((message) => ({ path: '', message })) };
  }
  return parseDataset(converted.dataset);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Our schema's signature: a range and a list of events (TimelineJS has no range). */
function isOurFormat(json: unknown): boolean {
  return (
    typeof json === 'object' &&
    json !== null &&
    !Array.isArray(json) &&
    'range' in json &&
    'events' in json
  );
}
