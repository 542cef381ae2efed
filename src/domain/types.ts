import type { GroupJson, MediaJson, PersonJson, QuoteJson, SourceJson } from './datasetSchema';
import type { PartialDate } from './partialDate';
import type { RichDoc } from './richText';
import type { TimeMs } from './units';

export type Person = PersonJson;
export type Source = SourceJson;
export type Quote = QuoteJson;
export type Media = MediaJson;
export type Group = GroupJson;

/** A named period drawn as a band behind the events (CONTRACT §7). */
export interface Era {
  id: string;
  title: string;
  sources: string[];
  date: PartialDate;
  endDate: PartialDate;
  /** First instant covered. */
  start: TimeMs;
  /** First instant after. */
  end: TimeMs;
}

/** An event ready for drawing: its dates parsed once, its time extent precomputed. */
export interface TimelineEvent {
  id: string;
  title: string;
  /** Plain text: what search, the list and link previews use. */
  summary: string;
  /** The same summary with its formatting, when the story has some; render with <RichText>. */
  summaryRich?: RichDoc;
  /** How the source wrote the date, when it chose its own words. */
  displayDate?: string;
  media?: Media;
  /** A group id (Dataset.groups). */
  group?: string;
  people: string[];
  tags: string[];
  sources: string[];
  quotes: Quote[];
  date: PartialDate;
  endDate?: PartialDate;
  /** First instant covered. */
  start: TimeMs;
  /** First instant after; equals `start` for point events. */
  end: TimeMs;
  isSpan: boolean;
  /** Position in chronological order; stable tie-break everywhere. */
  index: number;
}

export interface Dataset {
  title: string;
  description?: string;
  range: { start: TimeMs; end: TimeMs; startYear: number; endYear: number };
  people: Person[];
  sources: Source[];
  events: TimelineEvent[];
  /** In start order. */
  eras: Era[];
  groups: Group[];
  peopleById: ReadonlyMap<string, Person>;
  sourcesById: ReadonlyMap<string, Source>;
  eventsById: ReadonlyMap<string, TimelineEvent>;
  groupsById: ReadonlyMap<string, Group>;
}

/** One problem with a dataset: where (`events[3].date`) and what. */
export interface DatasetError {
  path: string;
  message: string;
}
