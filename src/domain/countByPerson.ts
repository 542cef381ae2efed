import type { TimelineEvent } from './types';

/**
 * How many events each person is in: the counts beside the People checkboxes. Events from the
 * dataset worker share one list per distinct set of people, so each list is counted once and
 * then spread over its people: 100,000 events cost 100,000 lookups, not one per name.
 */
export function countByPerson(
  events: readonly Pick<TimelineEvent, 'people'>[],
): Map<string, number> {
  const perList = new Map<readonly string[], number>();
  for (const { people } of events) perList.set(people, (perList.get(people) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const [people, n] of perList) {
    for (const id of people) counts.set(id, (counts.get(id) ?? 0) + n);
  }
  return counts;
}
