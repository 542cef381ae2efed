import {
  daysInMonth,
  formatIsoPartial,
  MAX_YEAR,
  MIN_YEAR,
  type PartialDate,
} from '../domain/partialDate';

// TimelineJS writes a date as separate fields ({year, month, day, hour, minute, second}, or the
// spreadsheet's Year, Month, Day and Time columns), as numbers or numeric strings, "" meaning
// absent. This checks them one by one so each problem names the field the author typed.

export type DatePart = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

export interface DateFields {
  /** The raw value of a field; undefined, null and "" mean absent. */
  value: (part: DatePart) => unknown;
  /** Where a field is, in the reader's terms: `events[4].start_date.year`, `row 7, column Month`. */
  place: (part: DatePart) => string;
}

/** True when no field has a value: an end date left empty is no end date. */
export function isEmptyDate(fields: DateFields): boolean {
  const parts: DatePart[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];
  return parts.every((part) => isAbsent(fields.value(part)));
}

const isAbsent = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * The ISO partial date the fields make (`-0479`, `1943-07`, `2016-11-13T09:30`), or null after
 * pushing each problem to `problems`. Precision is the finest field given.
 */
export function readDateParts(fields: DateFields, problems: string[]): string | null {
  const before = problems.length;
  const fail = (part: DatePart, message: string) =>
    problems.push(`${fields.place(part)}: ${message}`);
  const read = (part: DatePart, min: number, max: number, range = `${min} to ${max}`) => {
    const raw = fields.value(part);
    if (isAbsent(raw)) return undefined;
    const text = typeof raw === 'string' ? raw.trim() : raw;
    const n =
      typeof text === 'number'
        ? text
        : typeof text === 'string' && /^[+-]?\d+$/.test(text)
          ? Number(text)
          : NaN;
    if (!Number.isInteger(n)) fail(part, `expected a whole number, got ${JSON.stringify(raw)}`);
    else if (n < min || n > max) fail(part, `expected ${range}, got ${JSON.stringify(raw)}`);
    else return n;
    return null;
  };

  // Years beyond ±9999 (TimelineJS's cosmological scale) are refused here: the axis can't place them.
  const year = read('year', MIN_YEAR, MAX_YEAR, `a year from ${MIN_YEAR} to ${MAX_YEAR}`);
  const month = read('month', 1, 12);
  const day = read('day', 1, 31);
  const hour = read('hour', 0, 23);
  const minute = read('minute', 0, 59);
  const second = read('second', 0, 59);
  if (year === undefined) fail('year', 'required');
  if (day !== undefined && month === undefined) fail('month', 'required when a day is given');
  const hasTime = hour !== undefined || minute !== undefined || second !== undefined;
  if (hasTime && day === undefined) fail('day', 'required with a time of day');
  if ((minute !== undefined || second !== undefined) && hour === undefined) {
    fail('hour', 'required when minutes or seconds are given');
  }
  if (typeof year === 'number' && typeof month === 'number' && typeof day === 'number') {
    const last = daysInMonth(year, month);
    if (day > last)
      fail('day', `expected 1 to ${last}, got ${JSON.stringify(fields.value('day'))}`);
  }
  if (problems.length > before) return null;

  const date: PartialDate = { year: year!, precision: 'year' };
  if (month != null) Object.assign(date, { month, precision: 'month' });
  if (day != null) Object.assign(date, { day, precision: 'day' });
  if (hour != null) Object.assign(date, { hour, minute: minute ?? 0, precision: 'minute' });
  if (second != null) Object.assign(date, { second, precision: 'second' });
  return formatIsoPartial(date);
}

/**
 * A spreadsheet's time of day: "14:30", "9:30:15", "2:30 PM", "12 a.m.". Null when it isn't one.
 * Seconds are kept only when written.
 */
export function parseTimeOfDay(
  text: string,
): { hour: number; minute: number; second?: number } | null {
  const match = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])?\.?\s*(m\.?)?$/i.exec(text.trim());
  if (!match || (match[5] && !match[4])) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const second = match[3] === undefined ? undefined : Number(match[3]);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  } else if (match[2] === undefined) return null; // "9" alone is ambiguous, "9 PM" is not.
  if (hour > 23 || minute > 59 || (second ?? 0) > 59) return null;
  return second === undefined ? { hour, minute } : { hour, minute, second };
}
