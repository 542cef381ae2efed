import type { PersonJson, QuoteJson, SourceJson } from './datasetSchema';
import type { PartialDate } from './partialDate';
import type { TimeMs } from './units';

export type Person = PersonJson;
export type Source = SourceJson;
export type Quote = QuoteJson;

/** An event ready for drawing: its dates parsed once, its time extent precomputed. */
export interface TimelineEvent {
  id: string;
  title: string;
  summary: string;
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
  peopleById: ReadonlyMap<string, Person>;
  sourcesById: ReadonlyMap<string, Source>;
  eventsById: ReadonlyMap<string, TimelineEvent>;
}

/** One problem with a dataset: where (`events[3].date`) and what. */
export interface DatasetError {
  path: string;
  message: string;
}
