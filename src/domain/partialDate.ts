import { timeMs, type TimeMs } from './units';

export type Precision = 'year' | 'month' | 'day';

/** An ISO-8601 partial date: what the source knows, no more. Months are 1-based. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null for anything else, including 2012-13 or 2013-02-30. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first instant the date covers: a year-precision date sits at the start of its year. */
export function startOf(date: PartialDate): TimeMs {
  return timeMs(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** The first instant after the date: 2012 ends at 2013-01-01, 2012-10 at 2012-11-01. */
export function endOf(date: PartialDate): TimeMs {
  if (date.precision === 'year') return timeMs(Date.UTC(date.year + 1, 0, 1));
  if (date.precision === 'month') return timeMs(Date.UTC(date.year, date.month ?? 1, 1));
  return timeMs(Date.UTC(date.year, (date.month ?? 1) - 1, (date.day ?? 1) + 1));
}

/** The partial date, at `precision`, of the UTC day an instant falls on. */
export function partialDateAt(instant: Date | number, precision: Precision): PartialDate {
  const d = new Date(instant);
  const year = d.getUTCFullYear();
  if (precision === 'year') return { year, precision };
  if (precision === 'month') return { year, month: d.getUTCMonth() + 1, precision };
  return { year, month: d.getUTCMonth() + 1, day: d.getUTCDate(), precision };
}

export function formatIsoPartial(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.precision === 'year') return String(date.year);
  if (date.precision === 'month') return `${date.year}-${pad(date.month ?? 1)}`;
  return `${date.year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
}
