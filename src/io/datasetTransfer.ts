import type { Dataset, TimelineEvent } from '../domain/types';
import { adoptIndexColumns } from '../layout/eventIndex';
import { packBuffers, packEvents, unpackEvents, type EventPack } from './packedEvents';

/** Everything of a Dataset but its events and the lookup maps, which the page rebuilds. */
export type DatasetHeader = Omit<
  Dataset,
  'events' | 'peopleById' | 'sourcesById' | 'eventsById' | 'groupsById'
>;

export interface DatasetMessage {
  type: 'dataset';
  header: DatasetHeader;
  events: EventPack;
}

/**
 * The checked dataset as the worker sends it: one message, its events in columns whose buffers
 * move to the page instead of being copied (`transfer`), so the page receives 100,000 events in
 * a few milliseconds instead of deserialising a million objects.
 */
export function datasetMessage(dataset: Dataset): {
  message: DatasetMessage;
  transfer: ArrayBuffer[];
} {
  const { title, description, range, people, sources, eras, groups } = dataset;
  const events = packEvents(dataset.events);
  return {
    message: {
      type: 'dataset',
      header: { title, description, range, people, sources, eras, groups },
      events,
    },
    transfer: packBuffers(events),
  };
}

/**
 * The page's side: the same shape `parseDataset` builds (the lookup maps hold the very objects
 * of the lists), with events that read their fields from the columns when asked. Nothing here
 * reads all the events one by one, so it takes milliseconds however many there are: the
 * layout's index comes made by the worker, and the lookup by id is made on its first use (a link
 * to an event, a dialog), not while the page is waiting to draw.
 */
export function datasetFromMessage({ header, events: pack }: DatasetMessage): Dataset {
  const events = unpackEvents(pack);
  adoptIndexColumns(events, { starts: pack.start, ...pack.index });
  const { people, sources, groups } = header;
  return {
    ...header,
    events,
    peopleById: new Map(people.map((p) => [p.id, p])),
    sourcesById: new Map(sources.map((s) => [s.id, s])),
    eventsById: new LazyMap(() => new Map(events.map((e): [string, TimelineEvent] => [e.id, e]))),
    groupsById: new Map(groups.map((g) => [g.id, g])),
  };
}

/** A map made by `build` the first time anyone reads it. */
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
  #map: Map<K, V> | undefined;
  readonly #build: () => Map<K, V>;
  constructor(build: () => Map<K, V>) {
    this.#build = build;
  }
  #made(): Map<K, V> {
    return (this.#map ??= this.#build());
  }
  get size() {
    return this.#made().size;
  }
  get(key: K) {
    return this.#made().get(key);
  }
  has(key: K) {
    return this.#made().has(key);
  }
  forEach(run: (value: V, key: K, map: ReadonlyMap<K, V>) => void, self?: unknown) {
    this.#made().forEach((value, key) => run.call(self, value, key, this));
  }
  entries() {
    return this.#made().entries();
  }
  keys() {
    return this.#made().keys();
  }
  values() {
    return this.#made().values();
  }
  [Symbol.iterator]() {
    return this.#made()[Symbol.iterator]();
  }
}
