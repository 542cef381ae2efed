import * as v from 'valibot';

// The one schema for every dataset, bundled or loaded with ?data=. Its shape is CONTRACT §2;
// cross-field rules (unique ids, known references, date order) live in parseDataset.ts.

const SLUG = /^[a-z0-9-]+$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

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
  v.regex(
    PARTIAL_DATE,
    (issue) => `expected YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(issue.input)}`,
  ),
);

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
  summary: text,
  people: v.array(slug, 'expected a list of person ids'),
  tags: v.optional(v.array(text, 'expected a list of strings'), []),
  sources: v.pipe(
    v.array(slug, 'expected a list of source ids'),
    v.minLength(1, 'must cite at least one source'),
  ),
  quotes: v.optional(v.array(QuoteSchema, 'expected a list of quotes'), []),
});

export const DatasetSchema = v.object({
  title: text,
  description: v.optional(text),
  range: v.object({ start: partialDate, end: partialDate }),
  people: v.array(PersonSchema, 'expected a list of people'),
  sources: v.array(SourceSchema, 'expected a list of sources'),
  events: v.array(EventSchema, 'expected a list of events'),
});

export type DatasetJson = v.InferOutput<typeof DatasetSchema>;
export type PersonJson = v.InferOutput<typeof PersonSchema>;
export type SourceJson = v.InferOutput<typeof SourceSchema>;
export type EventJson = v.InferOutput<typeof EventSchema>;
export type QuoteJson = v.InferOutput<typeof QuoteSchema>;
