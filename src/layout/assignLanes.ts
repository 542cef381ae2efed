import { groupOf, groupsOf } from './datasetExtras';

/** One labelled lane per person, or per group (CONTRACT §9); absent means the shared lanes. */
export type LaneMode = 'people' | 'groups';

export interface Lane<E> {
  id: string;
  /** Empty for the one shared lane, which needs no label. */
  label: string;
  /** The person a per-person lane is about: its markers show them. */
  person?: string;
  /** In input order (the caller's date order). */
  events: readonly E[];
}

interface LaneEvent {
  people: readonly string[];
}

interface LaneSource {
  people: readonly { id: string; name: string }[];
  /** CONTRACT §7's optional groups; read through groupsOf until the schema has them. */
  groups?: readonly { id: string; name: string }[];
}

/** Where events with no known person (or group) go, last. */
const REST_ID = 'rest';

/**
 * Sort events into lanes: everything in one shared lane; or a lane per person, an event with
 * several people in each of theirs; or a lane per group. Lanes follow the dataset's order and
 * only those with events are kept; events with no known person or group share a last lane.
 */
export function assignLanes<E extends LaneEvent>(
  events: readonly E[],
  mode: LaneMode | undefined,
  dataset: LaneSource,
): Lane<E>[] {
  // The very list, so what is kept per list (the layout's index) is the caller's.
  if (!mode) return [{ id: 'all', label: '', events }];
  const named = mode === 'people' ? dataset.people : groupsOf(dataset);
  const lanes = new Map<string, Lane<E> & { events: E[] }>(
    named.map(({ id, name }) => [
      id,
      { id, label: name, events: [], ...(mode === 'people' ? { person: id } : {}) },
    ]),
  );
  const rest: Lane<E> & { events: E[] } = {
    id: REST_ID,
    label: mode === 'people' ? 'No one named' : 'No group',
    events: [],
  };
  for (const event of events) {
    const keys = mode === 'people' ? event.people : [groupOf(event) ?? ''];
    const homes = [...new Set(keys)].flatMap((key) => lanes.get(key) ?? []);
    (homes.length > 0 ? homes : [rest]).forEach((lane) => lane.events.push(event));
  }
  return [...lanes.values(), rest].filter((lane) => lane.events.length > 0);
}
