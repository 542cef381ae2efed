import { buildDataset } from './buildDataset';
import type { ImportedEra, ImportedEvent, ImportResult } from './importedStory';
import { isEmptyDate, readDateParts, type DatePart } from './readDateParts';
import { spanOrder } from './spanOrder';

// A TimelineJS3 JSON file (https://timeline.knightlab.com/docs/json-format.html): a `title`
// slide, `events[]` and `eras[]`, each with `start_date`/`end_date` objects and `text`/`media`.
// Problems are named by their place in that file: `events[4].start_date.year: required`.

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Strings as written, numbers as their digits; anything else is absent. */
const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

export function fromTimelineJs(json: unknown, fileName?: string): ImportResult {
  const problems: string[] = [];
  if (!isObject(json)) return { problems: ['(root): expected a TimelineJS object with "events"'] };
  const title = isObject(json.title) && isObject(json.title.text) ? json.title.text : {};
  if (json.events !== undefined && !Array.isArray(json.events)) {
    problems.push('events: expected a list of events');
  }
  const rawEvents = Array.isArray(json.events) ? (json.events as unknown[]) : [];
  if (rawEvents.length === 0 && problems.length === 0) problems.push('events: no events to show');
  const events = rawEvents.flatMap((raw, i) => readEvent(raw, `events[${i}]`, problems));
  const eras = Array.isArray(json.eras)
    ? json.eras.flatMap((raw: unknown, i) => readEra(raw, `eras[${i}]`, problems))
    : [];
  if (problems.length > 0) return { problems };
  const story = {
    format: 'a TimelineJS JSON file',
    titleHtml: str(title.headline),
    descriptionHtml: str(title.text),
    events,
    eras,
  };
  return { dataset: buildDataset(story, fileName) };
}

function readEvent(raw: unknown, at: string, problems: string[]): ImportedEvent[] {
  if (!isObject(raw)) {
    problems.push(`${at}: expected an event object`);
    return [];
  }
  const span = readSpan(raw, at, problems, false);
  if (!span) return [];
  const text = isObject(raw.text) ? raw.text : {};
  const media = isObject(raw.media) ? raw.media : {};
  const startDate = isObject(raw.start_date) ? raw.start_date : {};
  const event: ImportedEvent = {
    ...span,
    headlineHtml: str(text.headline) ?? '',
    textHtml: str(text.text) ?? '',
    media: str(media.url),
    mediaCaptionHtml: str(media.caption),
    mediaCreditHtml: str(media.credit),
    mediaAlt: str(media.alt),
    group: str(raw.group),
    displayDate: str(raw.display_date) ?? str(startDate.display_date),
  };
  const uniqueId = str(raw.unique_id)?.trim();
  if (uniqueId) event.uniqueId = uniqueId;
  return [event];
}

function readEra(raw: unknown, at: string, problems: string[]): ImportedEra[] {
  if (!isObject(raw)) {
    problems.push(`${at}: expected an era object`);
    return [];
  }
  const span = readSpan(raw, at, problems, true);
  if (!span) return [];
  const text = isObject(raw.text) ? raw.text : {};
  // An era ending within its start (650 to 650) covers the start: keep it, as that whole year.
  const end = span.end ?? span.start;
  return [{ start: span.start, end, headlineHtml: str(text.headline) ?? '' }];
}

/** start_date (required) and end_date (required for eras) as ISO partial dates. */
function readSpan(
  raw: Json,
  at: string,
  problems: string[],
  endRequired: boolean,
): { start: string; end?: string } | null {
  const fieldsOf = (key: string) => {
    const value = raw[key];
    const object = isObject(value) ? value : {};
    return {
      value: (part: DatePart) => object[part],
      place: (part: DatePart) => `${at}.${key}.${part}`,
    };
  };
  let start: string | null = null;
  if (!isObject(raw.start_date)) problems.push(`${at}.start_date: required`);
  else start = readDateParts(fieldsOf('start_date'), problems);
  const endFields = fieldsOf('end_date');
  let end: string | null | undefined;
  if (isObject(raw.end_date) && !isEmptyDate(endFields)) end = readDateParts(endFields, problems);
  else if (endRequired) problems.push(`${at}.end_date: required`);
  if (start === null || end === null) return null;
  const order = spanOrder(start, end);
  if (order === 'backwards') problems.push(`${at}.end_date: must not be before start_date`);
  return order === 'span' ? { start, end } : order === 'point' ? { start } : null;
}
