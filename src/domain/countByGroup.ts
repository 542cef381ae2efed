import type { TimelineEvent } from './types';

/** How many events each group holds: the counts beside the Groups checkboxes. */
export function countByGroup(events: readonly Pick<TimelineEvent, 'group'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { group } of events) {
    if (group !== undefined) counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return counts;
}
