import { timeMs, type TimeMs } from './units';

/** How much the source knows: a year, a month, a day, or a time of day to the minute or second. */
export type Precision = 'year' | 'month' | 'day' | 'minute' | 'second';

/**
 * An ISO-8601 partial date: what the source knows, no more. Months are 1-based; years are
 * astronomical (ISO 8601): 0 is 1 BCE, -479 is 480 BCE. Times of day are UTC.
 */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  precision: Precision;
}

/** The years the engine places: four digits either side of year 0, as ISO 8601 writes them. */
export const MIN_YEAR = -9999;
export const MAX_YEAR = 9999;

const PATTERN = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?$/;

/**
 * Parse `YYYY`, `-YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`;
 * null for anything else, including 2012-13, 2013-02-30, 24:00 and "-0000" (write 0000).
 */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  if (match[1] === '-0000') return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  if (match[4] === undefined) return { year, month, day, precision: 'day' };
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  if (hour > 23 || minute > 59) return null;
  if (match[6] === undefined) return { year, month, day, hour, minute, precision: 'minute' };
  const second = Number(match[6]);
  if (second > 59) return null;
  return { year, month, day, hour, minute, second, precision: 'second' };
}

/**
 * The UTC instant of a calendar time. `Date.UTC` maps years 0–99 to 1900–1999, so every
 * instant is built from the epoch with setUTCFullYear, which takes the year as given. Days and
 * months out of range roll over (day 32 of January is 1 February), which endOf relies on.
 */
function instant(year: number, monthIndex: number, day: number, h = 0, m = 0, s = 0): TimeMs {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(h, m, s, 0);
  return timeMs(date.getTime());
}

/** The first instant of a year, BCE included: what the year filter compares with. */
export function yearStart(year: number): TimeMs {
  return instant(year, 0, 1);
}

/** Days in a month of the proleptic Gregorian calendar (year 0 is a leap year, like 2000). */
export function daysInMonth(year: number, month: number): number {
  return new Date(instant(year, month, 0)).getUTCDate();
}

/** The first instant the date covers: a year-precision date sits at the start of its year. */
export function startOf(date: PartialDate): TimeMs {
  const { year, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = date;
  return instant(year, month - 1, day, hour, minute, second);
}

/** The first instant after the date: 2012 ends at 2013-01-01, 2012-10 at 2012-11-01. */
export function endOf(date: PartialDate): TimeMs {
  const { year, month = 1, day = 1 } = date;
  switch (date.precision) {
    case 'year':
      return yearStart(year + 1);
    case 'month':
      return instant(year, month, 1);
    case 'day':
      return instant(year, month - 1, day + 1);
    case 'minute':
      return timeMs(startOf(date) + 60_000);
    case 'second':
      return timeMs(startOf(date) + 1_000);
  }
}

/** The partial date, at `precision`, of the UTC moment an instant falls in. */
export function partialDateAt(at: Date | number, precision: Precision): PartialDate {
  const d = new Date(at);
  const year = d.getUTCFullYear();
  if (precision === 'year') return { year, precision };
  const month = d.getUTCMonth() + 1;
  if (precision === 'month') return { year, month, precision };
  const day = d.getUTCDate();
  if (precision === 'day') return { year, month, day, precision };
  const hour = d.getUTCHours();
  const minute = d.getUTCMinutes();
  if (precision === 'minute') return { year, month, day, hour, minute, precision };
  return { year, month, day, hour, minute, second: d.getUTCSeconds(), precision };
}

const pad = (n: number | undefined, width = 2) => String(n ?? 0).padStart(width, '0');

/** A year as ISO 8601 writes it: at least four digits, a minus sign before BCE years. */
export function formatIsoYear(year: number): string {
  return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
}

/** The ISO text parsePartialDate reads back to the same date. */
export function formatIsoPartial(date: PartialDate): string {
  const year = formatIsoYear(date.year);
  if (date.precision === 'year') return year;
  const month = `${year}-${pad(date.month)}`;
  if (date.precision === 'month') return month;
  const day = `${month}-${pad(date.day)}`;
  if (date.precision === 'day') return day;
  const minute = `${day}T${pad(date.hour)}:${pad(date.minute)}`;
  if (date.precision === 'minute') return minute;
  return `${minute}:${pad(date.second)}`;
}
