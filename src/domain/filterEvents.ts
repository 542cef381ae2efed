import { normalizeText, queryWords } from './normalizeText';
import { yearStart } from './partialDate';
import type { Dataset, TimelineEvent } from './types';

export interface EventFilter {
  /** Events with ANY of these people; empty means no person filter. */
  people: readonly string[];
  /** Events in ANY of these groups (CONTRACT §7); empty means no group filter. */
  groups: readonly string[];
  /** Inclusive years; a span counts when it overlaps them. */
  from?: number;
  to?: number;
  q: string;
}

export const NO_FILTER: EventFilter = { people: [], groups: [], q: '' };

export function isFiltering(filter: EventFilter): boolean {
  return (
    filter.people.length > 0 ||
    filter.groups.length > 0 ||
    filter.from !== undefined ||
    filter.to !== undefined ||
    filter.q.trim() !== ''
  );
}

/** Folded searchable text per event (title, summary, quotes, speaker names), by event index. */
export function buildSearchIndex(dataset: Pick<Dataset, 'events' | 'peopleById'>): string[] {
  return dataset.events.map((event) => {
    const speakers = event.quotes.map((q) => dataset.peopleById.get(q.speaker)?.name ?? '');
    return normalizeText(
      [event.title, event.summary, ...event.quotes.map((q) => q.text), ...speakers].join(
        ' \u0000 ',
      ),
    );
  });
}

const searchIndexes = new WeakMap<object, string[]>();

/**
 * buildSearchIndex, made on the first search in a dataset and then kept with it: folding the
 * text of 100,000 events takes long enough that a reader who never searches should not wait.
 */
export function searchIndexOf(dataset: Pick<Dataset, 'events' | 'peopleById'>): string[] {
  let index = searchIndexes.get(dataset);
  if (!index) {
    index = buildSearchIndex(dataset);
    searchIndexes.set(dataset, index);
  }
  return index;
}

/**
 * The events that pass every part of the filter (AND), in their original order.
 * `searchIndex` comes from buildSearchIndex for the same events, so typing stays cheap.
 * No filter gives back `events` itself, so what is kept per events array (the layout's index)
 * is the dataset's, made once.
 */
export function filterEvents(
  events: readonly TimelineEvent[],
  filter: EventFilter,
  searchIndex: readonly string[],
): readonly TimelineEvent[] {
  if (!isFiltering(filter)) return events;
  const people = new Set(filter.people);
  const groups = new Set(filter.groups);
  const words = queryWords(filter.q);
  const fromMs = filter.from === undefined ? -Infinity : yearStart(filter.from);
  const toMs = filter.to === undefined ? Infinity : yearStart(filter.to + 1);
  return events.filter((event) => {
    if (people.size > 0 && !event.people.some((id) => people.has(id))) return false;
    // An event outside every group can't be in a chosen one.
    if (groups.size > 0 && (event.group === undefined || !groups.has(event.group))) return false;
    // A point event occupies its first instant; a span everything up to its end.
    const last = event.isSpan ? event.end - 1 : event.start;
    if (event.start >= toMs || last < fromMs) return false;
    if (words.length === 0) return true;
    const text = searchIndex[event.index] ?? '';
    return words.every((word) => text.includes(word));
  });
}
