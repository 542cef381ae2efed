import type { PartialDate } from './partialDate';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Jan" for 1 … "Dec" for 12: one short English month name everywhere dates are shown. */
export const monthName = (month: number) => MONTHS[month - 1] ?? '';

/** A date at the precision the source gives: "2012", "Oct 2013", "24 May 2014". */
export function formatPartialDate(date: PartialDate): string {
  const month = monthName(date.month ?? 1);
  if (date.precision === 'year') return String(date.year);
  if (date.precision === 'month') return `${month} ${date.year}`;
  return `${date.day} ${month} ${date.year}`;
}

/** A span's dates, sharing what both ends share: "20 Aug – 31 Oct 2011", "2002 – 2011". */
export function formatDateRange(start: PartialDate, end?: PartialDate): string {
  if (!end) return formatPartialDate(start);
  const sameYear = start.year === end.year && start.precision === 'day' && end.precision === 'day';
  if (sameYear) {
    const head = `${start.day} ${monthName(start.month ?? 1)}`;
    return `${head} – ${formatPartialDate(end)}`;
  }
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}
