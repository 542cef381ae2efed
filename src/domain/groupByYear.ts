import type { TimelineEvent } from './types';

/** Events in order, grouped under the year each starts in, for the chronological list. */
export function groupByYear(events: readonly TimelineEvent[]): [number, TimelineEvent[]][] {
  const groups = new Map<number, TimelineEvent[]>();
  for (const event of events) {
    const list = groups.get(event.date.year);
    if (list) list.push(event);
    else groups.set(event.date.year, [event]);
  }
  return [...groups.entries()];
}
