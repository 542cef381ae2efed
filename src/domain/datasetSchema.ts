import * as v from 'valibot';
import { isHttpOrRelativeUrl, isHttpUrl, type RichInline } from './richText';

// The one schema for every dataset, bundled or loaded with ?data=. Its shape is CONTRACT §2;
// cross-field rules (unique ids, known references, date order) live in parseDataset.ts.

const SLUG = /^[a-z0-9-]+$/;
// The shape only; parseDataset checks the calendar (no 30 February) with the same message.
const PARTIAL_DATE = /^-?\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$/;

/** The message for a date that isn't one, shared with parseDataset's calendar check. */
export function partialDateMessage(text: unknown): string {
  const hint =
    typeof text === 'string' && text.includes('T')
      ? 'YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS'
      : 'YYYY, YYYY-MM or YYYY-MM-DD';
  return `expected ${hint}, got ${JSON.stringify(text)}`;
}

const slug = v.pipe(
  v.string('expected a string'),
  v.regex(
    SLUG,
    (issue) => `expected a URL-safe id ([a-z0-9-]+), got ${JSON.stringify(issue.input)}`,
  ),
);
const text = v.pipe(v.string('expected a string'), v.trim(), v.nonEmpty('must not be empty'));
const partialDate = v.pipe(
  v.string('expected a string'),
  v.regex(PARTIAL_DATE, (issue) => partialDateMessage(issue.input)),
);

const httpUrl = v.pipe(
  v.string('expected a string'),
  v.check(isHttpUrl, (issue) => `expected an http(s) URL, got ${JSON.stringify(issue.input)}`),
);

/** Shown in the event's dialog. Only web and relative addresses: never javascript: or data:. */
const MediaSchema = v.object({
  url: v.pipe(
    v.string('expected a string'),
    v.check(
      isHttpOrRelativeUrl,
      (issue) => `expected an http(s) or relative URL, got ${JSON.stringify(issue.input)}`,
    ),
  ),
  caption: v.optional(text),
  credit: v.optional(text),
  alt: v.optional(text),
});

// Rich text (src/domain/richText.ts) as data: a closed set of node types, links to http(s) only.
const RichInlineSchema: v.GenericSchema<RichInline> = v.variant(
  'type',
  [
    v.object({ type: v.literal('text'), text: v.string('expected a string') }),
    v.object({ type: v.literal('break') }),
    v.object({ type: v.literal('bold'), children: v.lazy(() => v.array(RichInlineSchema)) }),
    v.object({ type: v.literal('italic'), children: v.lazy(() => v.array(RichInlineSchema)) }),
    v.object({
      type: v.literal('link'),
      href: httpUrl,
      children: v.lazy(() => v.array(RichInlineSchema)),
    }),
  ],
  (issue) => `expected text, break, bold, italic or link, got ${JSON.stringify(issue.input)}`,
);
const RichDocSchema = v.array(
  v.object({
    type: v.literal('paragraph', 'expected "paragraph"'),
    children: v.array(RichInlineSchema, 'expected a list of text nodes'),
  }),
  'expected a list of paragraphs',
);

const EraSchema = v.object({
  id: slug,
  title: text,
  start: partialDate,
  end: partialDate,
  /** Source ids, like an event's: where the period's dates come from. */
  sources: v.optional(v.array(slug, 'expected a list of source ids'), []),
});

const GroupSchema = v.object({ id: slug, name: text });

const PersonSchema = v.object({ id: slug, name: text, role: v.optional(text) });

const SourceSchema = v.object({
  id: slug,
  title: text,
  publisher: v.optional(text),
  url: v.optional(
    v.pipe(
      v.string('expected a string'),
      v.url('expected a URL'),
      // A source link is shown to readers: only web addresses, never javascript: or data:.
      v.regex(/^https?:\/\//i, 'expected an http(s) URL'),
    ),
  ),
});

const QuoteSchema = v.object({
  text,
  speaker: slug,
  said: v.optional(partialDate),
  /** Where it was said, e.g. the TV episode; shown beside the source. */
  context: v.optional(text),
  source: slug,
});

const EventSchema = v.object({
  id: slug,
  date: partialDate,
  end: v.optional(partialDate),
  title: text,
  /** How the source wrote the date ("Spring 1943"), shown instead of the computed one. */
  displayDate: v.optional(text),
  // Optional because imported stories often have a headline alone (TimelineJS's text is too).
  summary: v.optional(v.string('expected a string'), ''),
  /** The summary with its formatting, when a story brings some; `summary` stays its plain text. */
  summaryRich: v.optional(RichDocSchema),
  media: v.optional(MediaSchema),
  group: v.optional(slug),
  people: v.array(slug, 'expected a list of person ids'),
  tags: v.optional(v.array(text, 'expected a list of strings'), []),
  sources: v.pipe(
    v.array(slug, 'expected a list of source ids'),
    v.minLength(1, 'must cite at least one source'),
  ),
  quotes: v.optional(v.array(QuoteSchema, 'expected a list of quotes'), []),
});

export const DatasetSchema = v.object({
  /** Lets editors find dist/schema.json; ignored otherwise. */
  $schema: v.optional(v.string()),
  title: text,
  description: v.optional(text),
  range: v.object({ start: partialDate, end: partialDate }),
  people: v.array(PersonSchema, 'expected a list of people'),
  sources: v.array(SourceSchema, 'expected a list of sources'),
  events: v.array(EventSchema, 'expected a list of events'),
  eras: v.optional(v.array(EraSchema, 'expected a list of eras'), []),
  groups: v.optional(v.array(GroupSchema, 'expected a list of groups'), []),
});

export type DatasetJson = v.InferOutput<typeof DatasetSchema>;
export type PersonJson = v.InferOutput<typeof PersonSchema>;
export type SourceJson = v.InferOutput<typeof SourceSchema>;
export type EventJson = v.InferOutput<typeof EventSchema>;
export type QuoteJson = v.InferOutput<typeof QuoteSchema>;
export type MediaJson = v.InferOutput<typeof MediaSchema>;
export type EraJson = v.InferOutput<typeof EraSchema>;
export type GroupJson = v.InferOutput<typeof GroupSchema>;
/** What importers write: the input side, so defaulted fields (tags, quotes, …) may be left out. */
export type DatasetInput = v.InferInput<typeof DatasetSchema>;
