import type { Dataset } from '../domain/types';
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
 * of the lists), with events that read their fields from the columns when asked.
 */
export function datasetFromMessage({ header, events: pack }: DatasetMessage): Dataset {
  const events = unpackEvents(pack);
  const { people, sources, groups } = header;
  return {
    ...header,
    events,
    peopleById: new Map(people.map((p) => [p.id, p])),
    sourcesById: new Map(sources.map((s) => [s.id, s])),
    eventsById: new Map(events.map((e) => [e.id, e])),
    groupsById: new Map(groups.map((g) => [g.id, g])),
  };
}
