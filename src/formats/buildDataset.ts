import type { DatasetInput } from '../domain/datasetSchema';
import { formatPartialDate } from '../domain/formatDate';
import { endOf, formatIsoYear, parsePartialDate, startOf } from '../domain/partialDate';
import { isHttpOrRelativeUrl, richToPlainText, type RichDoc } from '../domain/richText';
import { parseRichHtml } from '../richtext/parseRichHtml';
import { quoteFromHtml } from '../richtext/quoteFromHtml';
import type { ImportedEvent, ImportedStory } from './importedStory';
import { uniqueSlugs } from './slugify';

type EventInput = DatasetInput['events'][number];
type PersonInput = DatasetInput['people'][number];

/**
 * Imported events cite the file they came from. Our schema wants every event to cite a source
 * (CONTRACT §2), and a reader deserves to know the story is not ours: one source per imported
 * file says exactly that, where a relaxed schema would leave the Sources line empty.
 */
export const IMPORTED_SOURCE_ID = 'imported';

/** Our dataset from a story any reader produced: the mapping of CONTRACT §6, done once. */
export function buildDataset(story: ImportedStory, fileName?: string): DatasetInput {
  const title = plain(story.titleHtml) || fileName || 'Imported timeline';
  const description = plain(story.descriptionHtml);
  const people = new Map<string, PersonInput>();
  const personId = uniqueSlugs();
  const groupIds = new Map<string, string>();
  const groupId = uniqueSlugs();
  const groupOf = (name: string) => {
    if (!groupIds.has(name)) groupIds.set(name, groupId(name, 'group'));
    return groupIds.get(name)!;
  };
  story.groupNames?.forEach(groupOf);
  const eventId = uniqueSlugs();

  const events = story.events.map((imported): EventInput => {
    const doc = parseRichHtml(imported.textHtml);
    const title = plain(imported.headlineHtml) || firstWords(doc) || dateLabel(imported.start);
    const event: EventInput = {
      id: eventId(imported.uniqueId ?? title, 'event'),
      date: imported.start,
      title,
      people: [],
      sources: [IMPORTED_SOURCE_ID],
    };
    if (imported.end !== undefined) event.end = imported.end;
    if (imported.displayDate?.trim()) event.displayDate = imported.displayDate.trim();
    if (imported.group?.trim()) event.group = groupOf(imported.group.trim());
    addMedia(event, imported, doc, (name) => {
      const { person, role } = splitCite(name);
      if (!people.has(person)) {
        const id = personId(person, 'person');
        people.set(person, role ? { id, name: person, role } : { id, name: person });
      }
      return people.get(person)!.id;
    });
    event.summary = richToPlainText(doc);
    if (hasFormatting(doc)) event.summaryRich = doc;
    return inReadingOrder(event);
  });

  const eraId = uniqueSlugs();
  const eras = story.eras.map((era, i) => {
    const eraTitle = plain(era.headlineHtml) || `Era ${i + 1}`;
    const id = eraId(eraTitle, 'era');
    return { id, title: eraTitle, start: era.start, end: era.end, sources: [IMPORTED_SOURCE_ID] };
  });

  return {
    title,
    ...(description ? { description } : {}),
    range: rangeOf([...events, ...eras.map((e) => ({ date: e.start, end: e.end }))]),
    people: [...people.values()],
    sources: [
      {
        id: IMPORTED_SOURCE_ID,
        title: fileName ?? title,
        publisher: `Imported from ${story.format}`,
      },
    ],
    events,
    eras,
    groups: [...groupIds].map(([name, id]) => ({ id, name })),
  };
}

/** Media: a URL becomes media, a blockquote a quote (its <cite> a person); anything else is dropped. */
function addMedia(
  event: EventInput,
  imported: ImportedEvent,
  doc: RichDoc,
  speakerId: (name: string) => string,
) {
  const media = imported.media?.trim() ?? '';
  if (media.startsWith('<')) {
    const quote = quoteFromHtml(media);
    if (!quote) return; // An embed code (<iframe>…): we load nothing from outside.
    if (quote.cite) {
      const speaker = speakerId(quote.cite);
      event.people.push(speaker);
      event.quotes = [{ text: quote.text, speaker, source: IMPORTED_SOURCE_ID }];
    } else {
      doc.push({ type: 'paragraph', children: [{ type: 'text', text: `“${quote.text}”` }] });
    }
  } else if (media !== '' && isHttpOrRelativeUrl(media)) {
    const caption = plain(imported.mediaCaptionHtml);
    const credit = plain(imported.mediaCreditHtml);
    const alt = imported.mediaAlt?.trim();
    event.media = {
      url: media,
      ...(caption ? { caption } : {}),
      ...(credit ? { credit } : {}),
      ...(alt ? { alt } : {}),
    };
  }
}

const EVENT_KEYS = ['id', 'date', 'end', 'displayDate', 'title', 'summary', 'summaryRich'] as const;

/** The keys in the order a person reads our JSON (`npm run convert` prints it). */
function inReadingOrder(event: EventInput): EventInput {
  const ordered: Record<string, unknown> = {};
  for (const key of [...EVENT_KEYS, ...Object.keys(event)]) {
    const value = (event as Record<string, unknown>)[key];
    if (value !== undefined && !(key in ordered)) ordered[key] = value;
  }
  return ordered as EventInput;
}

/** "Edith Clarke, first female professor of …" is a name and a role; "King, Jr." is a name. */
function splitCite(cite: string): { person: string; role?: string } {
  const comma = cite.indexOf(',');
  const rest = comma === -1 ? '' : cite.slice(comma + 1).trim();
  if (rest.split(/\s+/).length < 3) return { person: cite };
  return { person: cite.slice(0, comma).trim(), role: rest };
}

function plain(html: string | undefined): string {
  return html ? richToPlainText(parseRichHtml(html)).replace(/\s+/g, ' ').trim() : '';
}

/** A title for an event without a headline: its first words. */
function firstWords(doc: RichDoc): string {
  const words = richToPlainText(doc).split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ');
}

const dateLabel = (iso: string) => formatPartialDate(parsePartialDate(iso)!);

/** Plain text says everything unless there is more than one paragraph, a break, or formatting. */
function hasFormatting(doc: RichDoc): boolean {
  return doc.length > 1 || doc.some((p) => p.children.some((n) => n.type !== 'text'));
}

/** Whole years around every date, so nothing falls outside the dataset's range. */
function rangeOf(spans: { date: string; end?: string }[]): { start: string; end: string } {
  let first = Infinity;
  let last = -Infinity;
  for (const span of spans) {
    const start = parsePartialDate(span.date);
    const end = parsePartialDate(span.end ?? span.date);
    if (!start || !end) continue;
    first = Math.min(first, start.year);
    // The year holding the last instant covered: an end at 2015-01-01T00:00 still ends in 2015.
    last = Math.max(last, new Date(Math.max(endOf(end) - 1, startOf(start))).getUTCFullYear());
  }
  if (first === Infinity) return { start: formatIsoYear(2000), end: formatIsoYear(2000) };
  return { start: formatIsoYear(first), end: formatIsoYear(last) };
}
