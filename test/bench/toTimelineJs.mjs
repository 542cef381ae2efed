// Our dataset JSON (src/data/*.json) as a TimelineJS3 JSON story
// (https://timeline.knightlab.com/docs/json-format.html), so the phone LCP bench can show the
// same story in TimelineJS. TimelineJS reads `headline` and `text` as HTML, so every string from
// the dataset is escaped: the story stays text there as it does in our app.

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML that shows exactly that text. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const DATE = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?$/;
const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second'];

/** `2011-08-20` → { year: 2011, month: 8, day: 20 }: only the parts the date has. */
export function toTimelineDate(partial) {
  const match = DATE.exec(partial);
  if (!match) throw new Error(`not a partial ISO date: ${JSON.stringify(partial)}`);
  const date = {};
  PARTS.forEach((part, i) => {
    if (match[i + 1] !== undefined) date[part] = Number(match[i + 1]);
  });
  return date;
}

/**
 * An end date TimelineJS can draw. We read `2014` as an end as "through 2014", TimelineJS reads
 * it as 1 January 2014: after a start of 2014-05-24 it would run backwards. Only then the end is
 * written as its last day, which covers the same time; otherwise it keeps the precision written.
 */
export function toTimelineEnd(start, end) {
  const from = toTimelineDate(start);
  const to = toTimelineDate(end);
  if (compareDates(to, from) >= 0) return to;
  const month = to.month ?? 12;
  const last = { ...to, month, day: to.day ?? daysInMonth(to.year, month) };
  if (compareDates(last, from) < 0) throw new Error(`${end} ends before ${start}`);
  return last;
}

export function daysInMonth(year, month) {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function compareDates(a, b) {
  const first = { month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of PARTS) {
    const diff = (a[part] ?? first[part]) - (b[part] ?? first[part]);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The whole story: title slide, every event with its summary, quotes and sources, the eras. */
export function toTimelineJs(dataset) {
  const people = new Map((dataset.people ?? []).map((p) => [p.id, p]));
  const sources = new Map((dataset.sources ?? []).map((s) => [s.id, s]));
  const story = {
    title: {
      text: {
        headline: escapeHtml(dataset.title),
        text: dataset.description ? `<p>${escapeHtml(dataset.description)}</p>` : '',
      },
    },
    events: dataset.events.map((event) => toEvent(event, people, sources)),
  };
  if (dataset.eras?.length) {
    story.eras = dataset.eras.map((era) => ({
      start_date: toTimelineDate(era.start),
      end_date: toTimelineEnd(era.start, era.end),
      text: { headline: escapeHtml(era.title) },
    }));
  }
  return story;
}

function toEvent(event, people, sources) {
  const out = {
    unique_id: event.id,
    start_date: toTimelineDate(event.date),
    text: { headline: escapeHtml(event.title), text: eventHtml(event, people, sources) },
  };
  if (event.end) out.end_date = toTimelineEnd(event.date, event.end);
  if (event.displayDate) out.display_date = escapeHtml(event.displayDate);
  if (event.media) {
    const { url, caption, credit, alt } = event.media;
    out.media = { url };
    if (caption) out.media.caption = escapeHtml(caption);
    if (credit) out.media.credit = escapeHtml(credit);
    if (alt) out.media.alt = alt;
  }
  return out;
}

function eventHtml(event, people, sources) {
  const parts = [];
  if (event.summary) parts.push(`<p>${escapeHtml(event.summary)}</p>`);
  for (const quote of event.quotes ?? []) {
    const who = people.get(quote.speaker)?.name ?? quote.speaker;
    const cite = [who, quote.context].filter(Boolean).map(escapeHtml).join(', ');
    parts.push(`<blockquote>“${escapeHtml(quote.text)}” <cite>${cite}</cite></blockquote>`);
  }
  const cited = (event.sources ?? []).map((id) => sourceText(sources.get(id), id));
  if (cited.length) parts.push(`<p>Sources: ${cited.map(escapeHtml).join('; ')}</p>`);
  return parts.join('');
}

function sourceText(source, id) {
  if (!source) return id;
  return source.publisher ? `${source.title} (${source.publisher})` : source.title;
}
