import * as v from 'valibot';
import { DatasetSchema, partialDateMessage, type DatasetJson } from './datasetSchema';
import { datasetFromJson } from './datasetFromJson';
import { endOf, parsePartialDate, startOf, type PartialDate } from './partialDate';
import type { Dataset, DatasetError } from './types';

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; errors: DatasetError[] };
export type CheckResult = { ok: true; data: DatasetJson } | { ok: false; errors: DatasetError[] };

/** Validate anything (parsed JSON) as a dataset; every problem comes back with its place. */
export function parseDataset(input: unknown): ParseResult {
  const checked = checkDataset(input);
  return checked.ok ? { ok: true, dataset: datasetFromJson(checked.data) } : checked;
}

/**
 * The checking half of parseDataset: the dataset as the schema reads it (defaults filled in),
 * or every problem with its place. The build runs it on the bundled story, so the page itself
 * never needs the schema for it.
 */
export function checkDataset(input: unknown): CheckResult {
  const result = v.safeParse(DatasetSchema, input);
  if (!result.success) {
    return {
      ok: false,
      errors: result.issues.map((issue) => ({
        path: formatPath(issue.path),
        // valibot reports a missing key as "Invalid key: Expected ... but received undefined".
        message: issue.received === 'undefined' ? 'is required' : issue.message,
      })),
    };
  }
  const errors = crossCheck(result.output);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, data: result.output };
}

function formatPath(path: v.BaseIssue<unknown>['path']): string {
  if (!path || path.length === 0) return '(root)';
  return path
    .map((item, i) => {
      const key = item.key as string | number;
      if (typeof key === 'number') return `[${key}]`;
      return i === 0 ? key : `.${key}`;
    })
    .join('');
}

function crossCheck(data: DatasetJson): DatasetError[] {
  const errors: DatasetError[] = [];
  const fail = (path: string, message: string) => errors.push({ path, message });
  const date = (path: string, text: string): PartialDate | null => {
    const parsed = parsePartialDate(text);
    if (!parsed) fail(path, partialDateMessage(text));
    return parsed;
  };

  const rangeStart = date('range.start', data.range.start);
  const rangeEnd = date('range.end', data.range.end);
  if (rangeStart && rangeEnd && endOf(rangeEnd) <= startOf(rangeStart)) {
    fail('range.end', `must not be before range.start (${data.range.start})`);
  }

  const people = uniqueIds(data.people, 'people', fail);
  const sources = uniqueIds(data.sources, 'sources', fail);
  uniqueIds(data.events, 'events', fail);
  const groups = uniqueIds(data.groups, 'groups', fail);
  uniqueIds(data.eras, 'eras', fail);

  data.eras.forEach((era, i) => {
    const start = date(`eras[${i}].start`, era.start);
    const end = date(`eras[${i}].end`, era.end);
    era.sources.forEach((id, j) => {
      if (!sources.has(id))
        fail(`eras[${i}].sources[${j}]`, `unknown source ${JSON.stringify(id)}`);
    });
    if (start && end && endOf(end) <= startOf(start)) {
      fail(
        `eras[${i}].end`,
        `must not be before start (${era.start}), got ${JSON.stringify(era.end)}`,
      );
    }
  });

  data.events.forEach((event, i) => {
    const at = `events[${i}]`;
    const start = date(`${at}.date`, event.date);
    const end = event.end === undefined ? null : date(`${at}.end`, event.end);
    if (start && end && endOf(end) <= endOf(start)) {
      fail(`${at}.end`, `must be after date (${event.date}), got ${JSON.stringify(event.end)}`);
    }
    if (start && rangeStart && rangeEnd) {
      const last = end ?? start;
      if (startOf(start) < startOf(rangeStart) || endOf(last) > endOf(rangeEnd)) {
        const field = end && endOf(end) > endOf(rangeEnd) ? 'end' : 'date';
        fail(`${at}.${field}`, `outside the dataset's range ${data.range.start}–${data.range.end}`);
      }
    }
    if (event.group !== undefined && !groups.has(event.group)) {
      fail(`${at}.group`, `unknown group ${JSON.stringify(event.group)}`);
    }
    event.people.forEach((id, j) => {
      if (!people.has(id)) fail(`${at}.people[${j}]`, `unknown person ${JSON.stringify(id)}`);
    });
    event.sources.forEach((id, j) => {
      if (!sources.has(id)) fail(`${at}.sources[${j}]`, `unknown source ${JSON.stringify(id)}`);
    });
    event.quotes.forEach((quote, j) => {
      if (!people.has(quote.speaker)) {
        fail(`${at}.quotes[${j}].speaker`, `unknown person ${JSON.stringify(quote.speaker)}`);
      }
      if (!sources.has(quote.source)) {
        fail(`${at}.quotes[${j}].source`, `unknown source ${JSON.stringify(quote.source)}`);
      }
      if (quote.said !== undefined) date(`${at}.quotes[${j}].said`, quote.said);
    });
  });
  return errors;
}

function uniqueIds(
  items: { id: string }[],
  field: string,
  fail: (path: string, message: string) => void,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) fail(`${field}[${i}].id`, `duplicate id ${JSON.stringify(item.id)}`);
    seen.add(item.id);
  });
  return seen;
}
