import type { DatasetJson } from './datasetSchema';
import { endOf, parsePartialDate, startOf } from './partialDate';
import type { Dataset, Era, TimelineEvent } from './types';

/**
 * A checked dataset made ready to draw: dates parsed, events in time order with their extents
 * and index, lookups by id. Expects what checkDataset passed: every date parses.
 */
export function datasetFromJson(data: DatasetJson): Dataset {
  // crossCheck has proven every date parses, so the non-null assertions below hold.
  const rangeStart = parsePartialDate(data.range.start)!;
  const rangeEnd = parsePartialDate(data.range.end)!;
  const events: TimelineEvent[] = data.events
    .map((event) => {
      const date = parsePartialDate(event.date)!;
      const endDate = event.end === undefined ? undefined : parsePartialDate(event.end)!;
      const start = startOf(date);
      return {
        id: event.id,
        title: event.title,
        summary: event.summary,
        summaryRich: event.summaryRich,
        displayDate: event.displayDate,
        media: event.media,
        group: event.group,
        people: event.people,
        tags: event.tags,
        sources: event.sources,
        quotes: event.quotes,
        date,
        endDate,
        start,
        end: endDate ? endOf(endDate) : start,
        isSpan: endDate !== undefined,
        index: 0,
      };
    })
    // Array.prototype.sort is stable, so same-day events keep the dataset's narrative order.
    .sort((a, b) => a.start - b.start)
    .map((event, index) => ({ ...event, index }));
  const eras: Era[] = data.eras
    .map((era) => {
      const date = parsePartialDate(era.start)!;
      const endDate = parsePartialDate(era.end)!;
      return { ...era, date, endDate, start: startOf(date), end: endOf(endDate) };
    })
    .sort((a, b) => a.start - b.start);
  return {
    title: data.title,
    description: data.description,
    range: {
      start: startOf(rangeStart),
      end: endOf(rangeEnd),
      startYear: rangeStart.year,
      endYear: rangeEnd.year,
    },
    people: data.people,
    sources: data.sources,
    events,
    eras,
    groups: data.groups,
    peopleById: new Map(data.people.map((p) => [p.id, p])),
    sourcesById: new Map(data.sources.map((s) => [s.id, s])),
    eventsById: new Map(events.map((e) => [e.id, e])),
    groupsById: new Map(data.groups.map((g) => [g.id, g])),
  };
}
