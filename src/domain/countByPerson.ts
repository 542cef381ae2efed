import type { TimelineEvent } from './types';

/** How many events each person is in: the counts beside the People checkboxes. */
export function countByPerson(events: readonly TimelineEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) {
    for (const id of event.people) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
