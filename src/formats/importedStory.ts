import type { DatasetInput } from '../domain/datasetSchema';

/** What every reader returns: a dataset in our schema, or every problem found, in the reader's terms. */
export type ImportResult = { dataset: DatasetInput } | { problems: string[] };

/**
 * A story as the outside formats tell it, before it becomes our dataset: dates already checked
 * and written as ISO partial dates, text still HTML. Each reader fills one; buildDataset does
 * the rest the same way for all of them (CONTRACT §6, "Mapping").
 */
export interface ImportedStory {
  /** The format's name for readers, e.g. "a TimelineJS spreadsheet". */
  format: string;
  titleHtml?: string;
  descriptionHtml?: string;
  events: ImportedEvent[];
  eras: ImportedEra[];
  /** Group names declared up front (vis-timeline), in order; events may add more. */
  groupNames?: string[];
}

export interface ImportedEvent {
  start: string;
  end?: string;
  headlineHtml: string;
  textHtml: string;
  /** A URL, or HTML such as TimelineJS's `<blockquote>…<cite>Name</cite></blockquote>`. */
  media?: string;
  mediaCaptionHtml?: string;
  mediaCreditHtml?: string;
  mediaAlt?: string;
  /** The group's name. */
  group?: string;
  uniqueId?: string;
  displayDate?: string;
}

export interface ImportedEra {
  start: string;
  end: string;
  headlineHtml: string;
}
