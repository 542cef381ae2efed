import type { PartialDate, Precision } from '../domain/partialDate';
import type { Media, Quote, TimelineEvent } from '../domain/types';
import type { RichDoc } from '../domain/richText';
import type { TimeMs } from '../domain/units';
import { indexColumns, type IndexColumns } from '../layout/eventIndex';

/**
 * Many strings as UTF-8 in one buffer, cut into chunks of CHUNK entries: a message hands the
 * buffer over without copying it (copying 100,000 little strings is most of a second, and even
 * one long string costs ~4 ms per MB on the page), and the page decodes a chunk only when one of
 * its entries is read. A dialog or a page of the list decodes a few kilobytes; a search, all.
 */
export interface PackedText {
  bytes: Uint8Array;
  /** Chunk c is `bytes[chunkAt[c] .. chunkAt[c + 1]]`. */
  chunkAt: Uint32Array;
  /** Where entry i ends in its chunk's text (UTF-16 units); it starts where i - 1 ended. */
  ends: Uint32Array;
  /** Entries that were undefined, when any was. */
  missing: Uint8Array | null;
  /** The page's decoded chunks; never sent. */
  decoded?: (string | undefined)[];
}

export const CHUNK = 1024;

export function packText(values: readonly (string | undefined)[]): PackedText {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const ends = new Uint32Array(values.length);
  let missing: Uint8Array | null = null;
  for (let from = 0; from < values.length; from += CHUNK) {
    const parts: string[] = [];
    let length = 0;
    for (let i = from; i < Math.min(from + CHUNK, values.length); i++) {
      const value = values[i];
      if (value === undefined) (missing ??= new Uint8Array(values.length))[i] = 1;
      else {
        parts.push(value);
        length += value.length;
      }
      ends[i] = length;
    }
    // One join makes one flat string; `+=` would make a rope the encoder has to flatten.
    chunks.push(encoder.encode(parts.join('')));
  }
  const chunkAt = new Uint32Array(chunks.length + 1);
  chunks.forEach((chunk, c) => (chunkAt[c + 1] = chunkAt[c]! + chunk.length));
  const bytes = new Uint8Array(chunkAt[chunks.length]!);
  chunks.forEach((chunk, c) => bytes.set(chunk, chunkAt[c]));
  return { bytes, chunkAt, ends, missing };
}

let decoder: TextDecoder | undefined;

export function unpackText(packed: PackedText, i: number): string | undefined {
  if (packed.missing?.[i]) return undefined;
  const c = Math.floor(i / CHUNK);
  const decoded = (packed.decoded ??= []);
  const text = (decoded[c] ??= (decoder ??= new TextDecoder()).decode(
    packed.bytes.subarray(packed.chunkAt[c], packed.chunkAt[c + 1]),
  ));
  return text.slice(i % CHUNK === 0 ? 0 : packed.ends[i - 1], packed.ends[i]);
}

export interface EventPack {
  count: number;
  start: Float64Array;
  end: Float64Array;
  ids: PackedText;
  titles: PackedText;
  summaries: PackedText;
  /** The distinct dates; `date[i]` and `endDate[i]` (-1: none) point into it. */
  dates: PartialDate[];
  date: Int32Array;
  endDate: Int32Array;
  /** The distinct lists of ids or tags; `people[i]`, `tags[i]`, `sources[i]` point into it. */
  lists: string[][];
  people: Int32Array;
  tags: Int32Array;
  sources: Int32Array;
  /** Distinct short strings: group ids, speakers, quote sources, "said" dates. -1: none. */
  words: string[];
  group: Int32Array;
  /** Event i's quotes are rows `quoteAt[i]` to `quoteAt[i + 1]` of the quote columns. */
  quoteAt: Uint32Array;
  quoteText: PackedText;
  quoteContext: PackedText;
  quoteSpeaker: Int32Array;
  quoteSource: Int32Array;
  quoteSaid: Int32Array;
  /** The layout's index over the events (its starts are `start`), made in the worker. */
  index: Pick<IndexColumns, 'tree' | 'spans'>;
  /** What few events have: by row. */
  displayDate: Map<number, string>;
  summaryRich: Map<number, RichDoc>;
  media: Map<number, Media>;
}

/** Numbers for values that repeat, each value stored once; `K` is what tells two apart. */
function createPool<T, K>(keyOf: (value: T) => K) {
  const values: T[] = [];
  const numbers = new Map<K, number>();
  return {
    values,
    numberOf(value: T): number {
      const key = keyOf(value);
      let n = numbers.get(key);
      if (n === undefined) {
        n = values.push(value) - 1;
        numbers.set(key, n);
      }
      return n;
    },
  };
}

const PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'minute', 'second'];

/**
 * A date's fields as one number (exact below 2^53 for years ±9999): a number keys a Map far
 * faster than a string built for 200,000 dates.
 */
export const dateKey = (d: PartialDate): number =>
  (((((d.year + 10_000) * 13 + (d.month ?? 0)) * 32 + (d.day ?? 0)) * 25 + (d.hour ?? 0)) * 61 +
    (d.minute ?? 0)) *
    61 *
    5 +
  (d.second ?? 0) * 5 +
  PRECISIONS.indexOf(d.precision);

/**
 * Numbers for lists, each distinct list stored once. Most lists hold one id, which keys it
 * as it is; longer ones are keyed by their JSON, in a map of their own so no key is ambiguous.
 */
function createListPool() {
  const values: string[][] = [];
  const singles = new Map<string, number>();
  const others = new Map<string, number>();
  return {
    values,
    numberOf(list: string[]): number {
      const [map, key] = list.length === 1 ? [singles, list[0]!] : [others, JSON.stringify(list)];
      let n = map.get(key);
      if (n === undefined) {
        n = values.push(list) - 1;
        map.set(key, n);
      }
      return n;
    },
  };
}

/** Events in index order (as `datasetFromJson` makes them) → columns. */
export function packEvents(events: readonly TimelineEvent[]): EventPack {
  const count = events.length;
  const dates = createPool(dateKey);
  const lists = createListPool();
  const words = createPool((word: string) => word);
  const word = (value: string | undefined) => (value === undefined ? -1 : words.numberOf(value));
  const pack: Omit<
    EventPack,
    'ids' | 'titles' | 'summaries' | 'quoteText' | 'quoteContext' | 'index'
  > = {
    count,
    start: new Float64Array(count),
    end: new Float64Array(count),
    dates: dates.values,
    date: new Int32Array(count),
    endDate: new Int32Array(count),
    lists: lists.values,
    people: new Int32Array(count),
    tags: new Int32Array(count),
    sources: new Int32Array(count),
    words: words.values,
    group: new Int32Array(count),
    quoteAt: new Uint32Array(count + 1),
    quoteSpeaker: new Int32Array(0),
    quoteSource: new Int32Array(0),
    quoteSaid: new Int32Array(0),
    displayDate: new Map(),
    summaryRich: new Map(),
    media: new Map(),
  };
  const quotes: Quote[] = [];
  events.forEach((event, i) => {
    if (event.index !== i) throw new Error(`event ${event.id} has index ${event.index}, not ${i}`);
    pack.start[i] = event.start;
    pack.end[i] = event.end;
    pack.date[i] = dates.numberOf(event.date);
    pack.endDate[i] = event.endDate ? dates.numberOf(event.endDate) : -1;
    pack.people[i] = lists.numberOf(event.people);
    pack.tags[i] = lists.numberOf(event.tags);
    pack.sources[i] = lists.numberOf(event.sources);
    pack.group[i] = word(event.group);
    quotes.push(...event.quotes);
    pack.quoteAt[i + 1] = quotes.length;
    if (event.displayDate !== undefined) pack.displayDate.set(i, event.displayDate);
    if (event.summaryRich !== undefined) pack.summaryRich.set(i, event.summaryRich);
    if (event.media !== undefined) pack.media.set(i, event.media);
  });
  const { tree, spans } = indexColumns(
    pack.start,
    pack.end,
    Uint8Array.from(pack.endDate, (n) => (n >= 0 ? 1 : 0)),
  );
  return {
    ...pack,
    index: { tree, spans },
    ids: packText(events.map((e) => e.id)),
    titles: packText(events.map((e) => e.title)),
    summaries: packText(events.map((e) => e.summary)),
    quoteText: packText(quotes.map((q) => q.text)),
    quoteContext: packText(quotes.map((q) => q.context)),
    quoteSpeaker: Int32Array.from(quotes, (q) => word(q.speaker)),
    quoteSource: Int32Array.from(quotes, (q) => word(q.source)),
    quoteSaid: Int32Array.from(quotes, (q) => word(q.said)),
  };
}

/** The buffers a message can hand over instead of copying. */
export function packBuffers(pack: EventPack): ArrayBuffer[] {
  const arrays = [
    pack.start,
    pack.end,
    pack.date,
    pack.endDate,
    pack.people,
    pack.tags,
    pack.sources,
    pack.group,
    pack.quoteAt,
    pack.quoteSpeaker,
    pack.quoteSource,
    pack.quoteSaid,
    pack.index.tree,
    pack.index.spans,
    ...[pack.ids, pack.titles, pack.summaries, pack.quoteText, pack.quoteContext].flatMap((s) =>
      s.missing ? [s.bytes, s.chunkAt, s.ends, s.missing] : [s.bytes, s.chunkAt, s.ends],
    ),
  ];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

const NO_QUOTES: Quote[] = [];

/**
 * One event read from the columns when asked: the object itself is two fields, so 100,000 of
 * them cost about 2 MB, and nothing is built for the fields nobody reads (a quote is made when
 * its event's dialog, or a search, asks).
 */
class PackedEvent implements TimelineEvent {
  constructor(
    private readonly pack: EventPack,
    readonly index: number,
  ) {}
  get id() {
    return unpackText(this.pack.ids, this.index)!;
  }
  get title() {
    return unpackText(this.pack.titles, this.index)!;
  }
  get summary() {
    return unpackText(this.pack.summaries, this.index)!;
  }
  get summaryRich() {
    return this.pack.summaryRich.get(this.index);
  }
  get displayDate() {
    return this.pack.displayDate.get(this.index);
  }
  get media() {
    return this.pack.media.get(this.index);
  }
  get group() {
    const n = this.pack.group[this.index]!;
    return n < 0 ? undefined : this.pack.words[n];
  }
  get people() {
    return this.pack.lists[this.pack.people[this.index]!]!;
  }
  get tags() {
    return this.pack.lists[this.pack.tags[this.index]!]!;
  }
  get sources() {
    return this.pack.lists[this.pack.sources[this.index]!]!;
  }
  get date() {
    return this.pack.dates[this.pack.date[this.index]!]!;
  }
  get endDate() {
    const n = this.pack.endDate[this.index]!;
    return n < 0 ? undefined : this.pack.dates[n];
  }
  get start() {
    return this.pack.start[this.index] as TimeMs;
  }
  get end() {
    return this.pack.end[this.index] as TimeMs;
  }
  get isSpan() {
    return this.pack.endDate[this.index]! >= 0;
  }
  get quotes(): Quote[] {
    const { quoteAt } = this.pack;
    const from = quoteAt[this.index]!;
    const to = quoteAt[this.index + 1]!;
    return from === to ? NO_QUOTES : quotesAt(this.pack, from, to);
  }
}

function quotesAt(pack: EventPack, from: number, to: number): Quote[] {
  const word = (n: number) => (n < 0 ? undefined : pack.words[n]);
  const quotes: Quote[] = [];
  for (let q = from; q < to; q++) {
    const quote: Quote = {
      text: unpackText(pack.quoteText, q)!,
      speaker: word(pack.quoteSpeaker[q]!)!,
      source: word(pack.quoteSource[q]!)!,
    };
    const said = word(pack.quoteSaid[q]!);
    const context = unpackText(pack.quoteContext, q);
    if (said !== undefined) quote.said = said;
    if (context !== undefined) quote.context = context;
    quotes.push(quote);
  }
  return quotes;
}

/** The columns as events, in index order; each reads its fields from the pack when asked. */
export function unpackEvents(pack: EventPack): TimelineEvent[] {
  const events = new Array<TimelineEvent>(pack.count);
  for (let i = 0; i < pack.count; i++) events[i] = new PackedEvent(pack, i);
  return events;
}
