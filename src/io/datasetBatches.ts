import type { Dataset, TimelineEvent } from '../domain/types';
import type { DatasetHeader, FromWorker } from './workerProtocol';

type DatasetMessage = Extract<FromWorker, { type: 'header' | 'events' | 'done' }>;

/**
 * Aim for batches the page deserialises in a few milliseconds: ~300 KB of events as JSON each.
 * Measured with node:v8's deserializer (Chromium's postMessage uses the same) on the busy 2-core
 * test machine: 100,000 benchmark events go in 215 batches of 467, 10 ms each on average;
 * batches of 2,000 took 80 ms each, and the heap's growth added pauses of up to 0.7 s to them.
 */
const BATCH_JSON_BYTES = 300_000;

/**
 * How many events go in one message, from the size of a sample of them as JSON (not from the
 * source text, whose white space and format say little): big events travel in small batches,
 * so no single message is slow to receive.
 */
export function batchSizeFor(events: readonly TimelineEvent[]): number {
  if (events.length === 0) return 1;
  const step = Math.max(1, Math.floor(events.length / 50));
  let bytes = 0;
  let sampled = 0;
  for (let i = 0; i < events.length; i += step, sampled++)
    bytes += JSON.stringify(events[i]).length;
  const perEvent = Math.max(1, bytes / sampled);
  return Math.min(5_000, Math.max(10, Math.floor(BATCH_JSON_BYTES / perEvent)));
}

/** The ready dataset as the worker sends it: a header, the events in batches, then done. */
export function* datasetMessages(dataset: Dataset, batchSize: number): Generator<DatasetMessage> {
  const { title, description, range, people, sources, eras, groups } = dataset;
  const header: DatasetHeader = { title, description, range, people, sources, eras, groups };
  yield { type: 'header', header, eventCount: dataset.events.length };
  for (let at = 0; at < dataset.events.length; at += batchSize) {
    yield { type: 'events', events: dataset.events.slice(at, at + batchSize) };
  }
  yield { type: 'done' };
}

/**
 * The page's side: takes the messages in order, one task each, and hands back the Dataset, the
 * same shape `parseDataset` builds (the lookup maps hold the very objects of the lists), when
 * `done` arrives. A message out of order is a bug in the protocol, and throws.
 */
export function createDatasetAssembler() {
  let header: DatasetHeader | null = null;
  let expected = 0;
  const events: TimelineEvent[] = [];
  const eventsById = new Map<string, TimelineEvent>();
  const intern = createInterner();

  return {
    accept(message: DatasetMessage): Dataset | null {
      if (message.type === 'header') {
        if (header) throw new Error('dataset header received twice');
        header = message.header;
        expected = message.eventCount;
        return null;
      }
      if (!header) throw new Error(`dataset ${message.type} received before its header`);
      if (message.type === 'events') {
        for (const event of message.events) {
          shareStrings(event, intern);
          events.push(event);
          eventsById.set(event.id, event);
        }
        return null;
      }
      if (events.length !== expected) {
        throw new Error(`dataset ended after ${events.length} of ${expected} events`);
      }
      const { people, sources, groups } = header;
      return {
        ...header,
        events,
        peopleById: new Map(people.map((p) => [p.id, p])),
        sourcesById: new Map(sources.map((s) => [s.id, s])),
        eventsById,
        groupsById: new Map(groups.map((g) => [g.id, g])),
      };
    },
  };
}

/**
 * A copied message brings its own copy of every string: 100,000 events naming the same dozen
 * people hold a million little strings (~30 MB). Pointing equal ones at one copy keeps the
 * page's heap to what the story says, not how many times it says it.
 */
function createInterner() {
  const pool = new Map<string, string>();
  return (text: string): string => {
    const known = pool.get(text);
    if (known !== undefined) return known;
    pool.set(text, text);
    return text;
  };
}

function shareStrings(event: TimelineEvent, intern: (text: string) => string) {
  const each = (list: string[]) => {
    for (let i = 0; i < list.length; i++) list[i] = intern(list[i]!);
  };
  each(event.people);
  each(event.tags);
  each(event.sources);
  for (const quote of event.quotes) {
    quote.speaker = intern(quote.speaker);
    quote.source = intern(quote.source);
    if (quote.said !== undefined) quote.said = intern(quote.said);
  }
  event.date.precision = intern(event.date.precision) as typeof event.date.precision;
  if (event.endDate) {
    event.endDate.precision = intern(event.endDate.precision) as typeof event.endDate.precision;
  }
  if (event.group !== undefined) event.group = intern(event.group);
}
