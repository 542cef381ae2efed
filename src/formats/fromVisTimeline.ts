import {
  daysInMonth,
  formatIsoPartial,
  MAX_YEAR,
  MIN_YEAR,
  partialDateAt,
  startOf,
  type Precision,
} from '../domain/partialDate';
import { DAY_MS } from '../domain/units';
import { buildDataset } from './buildDataset';
import type { ImportedEra, ImportedEvent, ImportResult } from './importedStory';
import { spanOrder } from './spanOrder';

// A vis-timeline item list (https://visjs.github.io/vis-timeline/docs/timeline/#Data_Format):
// `[{id, content, start, end?, group?}]`, or `{items, groups}` with `groups[]` of `{id, content}`.
// Items of type "background" are shaded periods: our eras.

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown) =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

export function fromVisTimeline(json: unknown, fileName?: string): ImportResult {
  const problems: string[] = [];
  const wrapped = isObject(json);
  const items: unknown[] = Array.isArray(json)
    ? json
    : wrapped && Array.isArray(json.items)
      ? json.items
      : [];
  if (wrapped && !Array.isArray(json.items)) problems.push('items: expected a list of items');
  const prefix = wrapped ? 'items' : '';

  // vis refers to groups by id; we keep their names, in the order given.
  const groupNames = new Map<string, string>();
  if (wrapped && json.groups !== undefined) {
    if (!Array.isArray(json.groups)) problems.push('groups: expected a list of groups');
    else
      json.groups.forEach((group: unknown, i) => {
        const id = isObject(group) ? str(group.id) : undefined;
        if (id === undefined) problems.push(`groups[${i}].id: required`);
        else groupNames.set(id, plainish(str((group as Json).content)) || id);
      });
  }

  const events: ImportedEvent[] = [];
  const eras: ImportedEra[] = [];
  items.forEach((item, i) => {
    const at = `${prefix}[${i}]`;
    if (!isObject(item)) return void problems.push(`${at}: expected an item object`);
    const start =
      item.start === undefined ? null : readVisDate(item.start, `${at}.start`, problems);
    if (item.start === undefined) problems.push(`${at}.start: required`);
    const end =
      item.end == null || item.end === ''
        ? undefined
        : readVisDate(item.end, `${at}.end`, problems);
    let group: string | undefined;
    if (item.group != null && item.group !== '') {
      const key = str(item.group) ?? '';
      group = groupNames.size > 0 ? groupNames.get(key) : key;
      if (group === undefined)
        problems.push(`${at}.group: unknown group ${JSON.stringify(item.group)}`);
    }
    if (start === null || end === null) return;
    const order = spanOrder(start, end);
    if (order === 'backwards') return void problems.push(`${at}.end: must not be before start`);
    const content = str(item.content) ?? '';
    if (item.type === 'background') {
      eras.push({ start, end: end ?? start, headlineHtml: content });
      return;
    }
    const id = str(item.id);
    events.push({
      start,
      ...(order === 'span' ? { end } : {}),
      headlineHtml: content,
      // vis shows `title` as the item's tooltip: the nearest thing it has to a summary.
      textHtml: str(item.title) ?? '',
      group,
      // Numeric ids (most vis data) make poor links; the content's slug reads better.
      ...(id !== undefined && !/^\d+$/.test(id) ? { uniqueId: id } : {}),
    });
  });
  if (problems.length === 0 && events.length === 0)
    problems.push(`${prefix || '(root)'}: no items to show`);
  if (problems.length > 0) return { problems };
  const story = {
    format: 'a vis-timeline item list',
    events,
    eras,
    groupNames: [...groupNames.values()],
  };
  return { dataset: buildDataset(story, fileName) };
}

const plainish = (html: string | undefined) => (html ?? '').replace(/<[^>]*>/g, '').trim();

const VIS_DATE =
  /^([+-]?\d{4,6})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/**
 * A vis date as our partial date. vis takes Date-parsable strings or epoch milliseconds and draws
 * them in local time; we have no local time, so a time without a zone is read as UTC, and one
 * with a zone is converted to UTC. Precision is what the text gives; numbers give what is non-zero.
 */
function readVisDate(value: unknown, place: string, problems: string[]): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const precision: Precision =
      value % DAY_MS === 0 ? 'day' : value % 60_000 === 0 ? 'minute' : 'second';
    return inRange(partialDateAt(value, precision), place, problems);
  }
  const text = typeof value === 'string' ? value.trim() : '';
  const match = VIS_DATE.exec(text);
  if (!match) {
    problems.push(
      `${place}: expected a date like 2014-04-20 or 2014-04-20T09:30, got ${JSON.stringify(value)}`,
    );
    return null;
  }
  const [, y, mo, d, h, mi, s, zone] = match;
  const precision: Precision =
    s !== undefined
      ? 'second'
      : h !== undefined
        ? 'minute'
        : d !== undefined
          ? 'day'
          : mo !== undefined
            ? 'month'
            : 'year';
  const [year, month, day] = [Number(y), Number(mo ?? 1), Number(d ?? 1)];
  const [hour, minute, second] = [Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)];
  const valid = year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1;
  if (!valid || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
    problems.push(`${place}: not a date from ${MIN_YEAR} to ${MAX_YEAR}: ${JSON.stringify(value)}`);
    return null;
  }
  const local = startOf({ year, month, day, hour, minute, second, precision: 'second' });
  const ms = local - zoneOffsetMs(zone);
  return inRange(partialDateAt(ms, precision), place, problems);
}

function inRange(
  date: ReturnType<typeof partialDateAt>,
  place: string,
  problems: string[],
): string | null {
  if (date.year < MIN_YEAR || date.year > MAX_YEAR) {
    problems.push(`${place}: expected a year from ${MIN_YEAR} to ${MAX_YEAR}, got ${date.year}`);
    return null;
  }
  return formatIsoPartial(date);
}

/** "Z" or none is UTC; "+02:00" is two hours ahead of it. */
function zoneOffsetMs(zone: string | undefined): number {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return (match[1] === '-' ? -1 : 1) * minutes * 60_000;
}
