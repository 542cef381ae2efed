import { parseDataset, type ParseResult } from '../domain/parseDataset';
import { eventCountProblem, LIMITS, type Limits } from './limits';

/**
 * Any story text, as a dataset: our own JSON is checked at once; anything else (TimelineJS JSON
 * or spreadsheet CSV, a vis-timeline list) loads the readers in src/formats on demand (~19 KB
 * gzip that a reader of our own files never downloads). The format is decided by content; the
 * name only labels the import. Too many events are refused by count before any is checked.
 */
export async function readStory(
  text: string,
  name?: string,
  limits: Limits = LIMITS,
): Promise<ParseResult> {
  const json = parseJson(text);
  if (isOurFormat(json)) return tooMany(json.events, limits) ?? parseDataset(json);
  const { convertAny } = await import('../formats/convertAny');
  const converted = convertAny(text, name);
  if ('problems' in converted) {
    return { ok: false, errors: converted.problems.map((message) => ({ path: '', message })) };
  }
  return tooMany(converted.dataset.events, limits) ?? parseDataset(converted.dataset);
}

function tooMany(events: unknown, limits: Limits): ParseResult | null {
  const problem = Array.isArray(events) ? eventCountProblem(events.length, limits) : null;
  return problem ? { ok: false, errors: [{ path: 'events', message: problem }] } : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Our schema's signature: a range and a list of events (TimelineJS has no range). */
function isOurFormat(json: unknown): json is { range: unknown; events: unknown } {
  return (
    typeof json === 'object' &&
    json !== null &&
    !Array.isArray(json) &&
    'range' in json &&
    'events' in json
  );
}
