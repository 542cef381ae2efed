// Our dataset JSON as a vis-timeline item list
// (https://visjs.github.io/vis-timeline/docs/timeline/#Data_Format), so the bench can load the
// same synthetic events in vis-timeline. Only what vis draws goes in (an item's title, start and
// end): giving vis less to read than our app reads favours vis, never us.
// The bench page imports this file as a module, so it stays plain JavaScript.
import { daysInMonth, escapeHtml } from './toTimelineJs.mjs';

const YEAR_OR_MONTH = /^(-?\d{4})(?:-(\d{2}))?$/;
const pad = (n) => String(n).padStart(2, '0');

/**
 * A start as vis should get it: a year or month as its first day. vis reads a string of digits
 * alone as epoch milliseconds, so `2002` would land in January 1970.
 */
export function toVisStart(start) {
  const match = YEAR_OR_MONTH.exec(start);
  if (!match) return start;
  return `${match[1]}-${match[2] ?? '01'}-01`;
}

/**
 * An end as vis should get it. We read `2014` as an end as "through 2014"; vis would read it as
 * 1970 (see toVisStart), and `2014-01-01` as that day's first instant. Our vis reader
 * (src/formats/fromVisTimeline.ts) reads a day as "through that day", so a year or month end is
 * written as its last day; an end with a day or a time of day stays as written.
 */
export function toVisEnd(end) {
  const match = YEAR_OR_MONTH.exec(end);
  if (!match) return end;
  const month = match[2] === undefined ? 12 : Number(match[2]);
  return `${match[1]}-${pad(month)}-${pad(daysInMonth(Number(match[1]), month))}`;
}

/** Every event as `{ id, content, start, end? }`; vis draws `content` as HTML, so it is escaped. */
export function toVisTimeline(dataset) {
  return dataset.events.map((event) => {
    const item = { id: event.id, content: escapeHtml(event.title), start: toVisStart(event.date) };
    if (event.end) item.end = toVisEnd(event.end);
    return item;
  });
}
