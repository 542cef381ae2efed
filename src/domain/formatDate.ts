import type { PartialDate } from './partialDate';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Jan" for 1 … "Dec" for 12: one short English month name everywhere dates are shown. */
export const monthName = (month: number) => MONTHS[month - 1] ?? '';

/**
 * A year for readers: "2012", "79" (no padding), "480 BCE" for -479. Years are astronomical
 * (ISO 8601), so year 0 is 1 BCE: there is no year zero in the BCE/CE count.
 */
export function formatYear(year: number): string {
  return year > 0 ? String(year) : `${1 - year} BCE`;
}

const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');

/** The time of day, 24-hour: "14:30", or "14:30:05" when the source gives seconds. */
export function formatTimeOfDay(date: PartialDate): string {
  const minute = `${pad(date.hour)}:${pad(date.minute)}`;
  return date.precision === 'second' ? `${minute}:${pad(date.second)}` : minute;
}

const hasTime = (date: PartialDate) => date.precision === 'minute' || date.precision === 'second';

/** A date at the precision the source gives: "2012", "Oct 2013", "24 May 2014", "480 BCE". */
export function formatPartialDate(date: PartialDate): string {
  const year = formatYear(date.year);
  const month = monthName(date.month ?? 1);
  if (date.precision === 'year') return year;
  if (date.precision === 'month') return `${month} ${year}`;
  const day = `${date.day} ${month} ${year}`;
  return hasTime(date) ? `${day}, ${formatTimeOfDay(date)}` : day;
}

const sameDay = (a: PartialDate, b: PartialDate) =>
  a.year === b.year && a.month === b.month && a.day === b.day;

/** A span's dates, sharing what both ends share: "20 Aug – 31 Oct 2011", "2002 – 2011". */
export function formatDateRange(start: PartialDate, end?: PartialDate): string {
  if (!end) return formatPartialDate(start);
  if (hasTime(start) && hasTime(end) && sameDay(start, end)) {
    return `${formatPartialDate(start)} – ${formatTimeOfDay(end)}`;
  }
  const sameYear = start.year === end.year && start.precision === 'day' && end.precision === 'day';
  if (sameYear) {
    const head = `${start.day} ${monthName(start.month ?? 1)}`;
    return `${head} – ${formatPartialDate(end)}`;
  }
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}
