import type { TimelineEvent } from '../domain/types';
import { timeMs } from '../domain/units';
import { clampView, spanOf, type View, type ViewBounds } from '../layout/viewport';

/** What the tour needs of an event: where it sits in time and what there is to read. */
type StoryEvent = Pick<TimelineEvent, 'id' | 'start' | 'end' | 'index'>;

/** Date order, ties kept in dataset order: the order the list and arrow keys use too. */
const before = (a: StoryEvent, b: StoryEvent) => a.start - b.start || a.index - b.index;

/** The tour of the events that pass the filters, in date order. */
export function storyOrder<E extends StoryEvent>(events: readonly E[]): E[] {
  return [...events].sort(before);
}

/**
 * Where `current` stands in the tour: its index, or, when a filter has taken it out, the place
 * it would have (so Next and Previous still move forwards and backwards in time from it).
 */
function placeOf(order: readonly StoryEvent[], current: StoryEvent): number {
  const at = order.findIndex((e) => e.id === current.id);
  if (at !== -1) return at;
  const after = order.findIndex((e) => before(current, e) < 0);
  return (after === -1 ? order.length : after) - 0.5;
}

/** The event `delta` steps from `current`, or undefined past either end (the tour stops). */
export function storyStep<E extends StoryEvent>(
  order: readonly E[],
  current: StoryEvent,
  delta: 1 | -1,
): E | undefined {
  const place = placeOf(order, current);
  const next = Number.isInteger(place) ? place + delta : place + delta / 2;
  return order[next];
}

/** "3 of 10": the 1-based position; 0 while the open event is not in the tour. */
export function storyProgress(order: readonly StoryEvent[], current: StoryEvent) {
  return { position: order.findIndex((e) => e.id === current.id) + 1, total: order.length };
}

/** Reading pace: about 240 words a minute, the usual figure for adult silent reading. */
const MS_PER_WORD = 250;
/** Time to see where the view went before reading starts. */
const LOOK_MS = 1500;
export const MIN_READING_MS = 4000;
export const MAX_READING_MS = 10_000;

/** How long a tour stop stays: grows with the words, a few seconds at least, ten at most. */
export function readingTimeMs(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.min(Math.max(LOOK_MS + words * MS_PER_WORD, MIN_READING_MS), MAX_READING_MS);
}

/** The words a tour stop shows: title, summary and every quote. */
export function storyText(event: Pick<TimelineEvent, 'title' | 'summary' | 'quotes'>): string {
  return [event.title, event.summary, ...event.quotes.map((q) => q.text)].join(' ');
}

/** Around a stop the window shows this share of the whole range, so neighbours give context. */
const CONTEXT_SHARE = 1 / 5;

/**
 * The window a stop glides to: the event centred with room either side, a fifth of the whole
 * range (more for a long span), so the reader sees what came just before and after.
 */
export function storyView(event: StoryEvent, bounds: ViewBounds): View {
  const context = Math.max(spanOf(bounds.outer) * CONTEXT_SHARE, bounds.minSpan);
  const span = Math.max(context, (event.end - event.start) * 1.3);
  const centre = (event.start + event.end) / 2;
  return clampView({ start: timeMs(centre - span / 2), end: timeMs(centre + span / 2) }, bounds);
}
