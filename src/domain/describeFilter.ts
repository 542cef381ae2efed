import type { EventFilter } from './filterEvents';

/**
 * The filter in words, for the empty state: "involving Kris Humphries, in group Interviews,
 * from 2003 to 2004, matching “paris”". Empty when nothing is filtered.
 */
export function describeFilter(
  filter: EventFilter,
  nameOf: (id: string) => string,
  groupNameOf: (id: string) => string = (id) => id,
): string {
  const parts: string[] = [];
  if (filter.people.length > 0) parts.push(`involving ${orList(filter.people.map(nameOf))}`);
  if (filter.groups.length > 0) {
    const noun = filter.groups.length === 1 ? 'group' : 'groups';
    parts.push(`in ${noun} ${orList(filter.groups.map(groupNameOf))}`);
  }
  if (filter.from !== undefined && filter.to !== undefined) {
    parts.push(
      filter.from === filter.to ? `in ${filter.from}` : `from ${filter.from} to ${filter.to}`,
    );
  } else if (filter.from !== undefined) parts.push(`from ${filter.from} on`);
  else if (filter.to !== undefined) parts.push(`up to ${filter.to}`);
  if (filter.q.trim() !== '') parts.push(`matching “${filter.q.trim()}”`);
  return parts.join(', ');
}

function orList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
