import Papa from 'papaparse';
import { isTimelineCsvHeader } from './fromCsv';

export type FormatName = 'dataset' | 'timelinejs' | 'vis' | 'csv';

export type Detected =
  | { format: Exclude<FormatName, 'csv'>; json: unknown }
  | { format: 'csv'; text: string }
  | { problem: string };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const firstOf = (list: unknown) => (Array.isArray(list) ? (list as unknown[])[0] : undefined);

/**
 * Which format a file is in, from its content alone (CONTRACT §6: never by file name, which
 * a download or a rename can change). JSON is told apart by its keys: our `range`/`date`,
 * TimelineJS's `start_date`, vis-timeline's `start` with `content`. Anything else must be a CSV
 * whose header names the TimelineJS columns.
 */
export function detectFormat(input: string): Detected {
  const text = input.replace(/^\uFEFF/, '');
  const head = text.trimStart()[0];
  if (head === '{' || head === '[') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return { problem: `(root): not valid JSON: ${(error as Error).message}` };
    }
    const format = jsonFormat(json);
    if (format) return { format, json };
    return {
      problem:
        '(root): not a format we read: expected our dataset (range, events with date), a TimelineJS file (events with start_date) or a vis-timeline item list (items with start and content)',
    };
  }
  const header = Papa.parse<string[]>(text, { preview: 1 }).data[0] ?? [];
  if (isTimelineCsvHeader(header)) return { format: 'csv', text };
  return {
    problem:
      'row 1: not a format we read: a CSV needs the TimelineJS spreadsheet headers (Year, Month, Day, Headline, …); JSON starts with { or [',
  };
}

function jsonFormat(json: unknown): Exclude<FormatName, 'csv'> | null {
  if (Array.isArray(json)) {
    const first = json[0];
    return isObject(first) && 'start' in first ? 'vis' : null;
  }
  if (!isObject(json)) return null;
  const firstEvent = firstOf(json.events);
  if (isObject(firstEvent) && 'start_date' in firstEvent) return 'timelinejs';
  if (isObject(firstEvent) && 'date' in firstEvent) return 'dataset';
  if ('range' in json || 'people' in json || 'sources' in json) return 'dataset';
  if (isObject(json.title) && 'text' in json.title) return 'timelinejs';
  if (Array.isArray(json.items)) return 'vis';
  return null;
}
