// @vitest-environment node
// What a dataset author reads when the shape is wrong: each message, exactly, at its place.
import { describe, expect, it } from 'vitest';
import { partialDateMessage } from '../../src/domain/datasetSchema';
import { parseDataset } from '../../src/domain/parseDataset';
import { bundledJsonCopy } from './testData';

type Node = Record<string, unknown>;

/** The bundled dataset with `edit` applied, parsed: its errors as "path: message" lines. */
function errorsAfter(edit: (json: Node & { events: Node[] }) => void): string[] {
  const json = bundledJsonCopy() as unknown as Node & { events: Node[] };
  edit(json);
  const result = parseDataset(json);
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
}

const DATES = 'expected YYYY, YYYY-MM or YYYY-MM-DD';
const paragraph = (...children: unknown[]) => [{ type: 'paragraph', children }];

describe('dataset shape errors', () => {
  it.each<[string, (json: Node & { events: Node[] }) => void]>([
    // Ids: URL-safe, the whole of them.
    [
      'events[0].id: expected a URL-safe id ([a-z0-9-]+), got "Kim-meets-kanye"',
      (j) => (j.events[0]!.id = 'Kim-meets-kanye'),
    ],
    [
      'events[0].id: expected a URL-safe id ([a-z0-9-]+), got "kim-meets-Kanye"',
      (j) => (j.events[0]!.id = 'kim-meets-Kanye'),
    ],
    ['events[0].id: expected a string', (j) => (j.events[0]!.id = 7)],
    // Dates.
    [`events[3].date: ${DATES}, got "2012-13"`, (j) => (j.events[3]!.date = '2012-13')],
    ['events[3].date: expected a string', (j) => (j.events[3]!.date = 2012)],
    ['range.end: expected a string', (j) => ((j.range as Node).end = 2014)],
    // Text.
    ['title: must not be empty', (j) => (j.title = ' ')],
    ['description: must not be empty', (j) => (j.description = '')],
    ['events[0].summary: expected a string', (j) => (j.events[0]!.summary = 5)],
    ['events[0].displayDate: must not be empty', (j) => (j.events[0]!.displayDate = '')],
    ['people[0].name: expected a string', (j) => ((j.people as Node[])[0]!.name = null)],
    ['people[0].role: must not be empty', (j) => ((j.people as Node[])[0]!.role = ' ')],
    ['sources[0].publisher: must not be empty', (j) => ((j.sources as Node[])[0]!.publisher = '')],
    // Lists.
    ['people: expected a list of people', (j) => (j.people = {})],
    ['sources: expected a list of sources', (j) => (j.sources = 'article')],
    ['events: expected a list of events', (j) => (j.events = {} as Node[])],
    ['eras: expected a list of eras', (j) => (j.eras = {})],
    ['groups: expected a list of groups', (j) => (j.groups = 'family')],
    ['events[0].people: expected a list of person ids', (j) => (j.events[0]!.people = 'kim')],
    ['events[0].sources: expected a list of source ids', (j) => (j.events[0]!.sources = 'tmz')],
    ['events[0].sources: must cite at least one source', (j) => (j.events[0]!.sources = [])],
    ['events[0].tags: expected a list of strings', (j) => (j.events[0]!.tags = 'love')],
    ['events[0].quotes: expected a list of quotes', (j) => (j.events[0]!.quotes = 'hi')],
    [
      'eras[0].sources: expected a list of source ids',
      (j) => ((j.eras as Node[])[0]!.sources = 'tmz'),
    ],
    // Source links: web addresses only.
    [
      'sources[0].url: expected an http(s) URL',
      (j) => ((j.sources as Node[])[0]!.url = 'ftp://example.org/?next=https://example.org/'),
    ],
    ['sources[0].url: expected a string', (j) => ((j.sources as Node[])[0]!.url = 42)],
    // Media.
    [
      'events[0].media.url: expected an http(s) or relative URL, got "javascript:alert(1)"',
      (j) => (j.events[0]!.media = { url: 'javascript:alert(1)' }),
    ],
    ['events[0].media.url: expected a string', (j) => (j.events[0]!.media = { url: 1 })],
    [
      'events[0].media.caption: must not be empty',
      (j) => (j.events[0]!.media = { url: 'a.jpg', caption: '' }),
    ],
    // Rich summaries.
    [
      'events[0].summaryRich: expected a list of paragraphs',
      (j) => (j.events[0]!.summaryRich = 'Hello'),
    ],
    [
      'events[0].summaryRich[0].children: expected a list of text nodes',
      (j) => (j.events[0]!.summaryRich = [{ type: 'paragraph', children: 'Hello' }]),
    ],
    [
      'events[0].summaryRich[0].children[0].text: expected a string',
      (j) => (j.events[0]!.summaryRich = paragraph({ type: 'text', text: 3 })),
    ],
    [
      'events[0].summaryRich[0].children[0].href: expected an http(s) URL, got "mailto:kim@example.org"',
      (j) =>
        (j.events[0]!.summaryRich = paragraph({
          type: 'link',
          href: 'mailto:kim@example.org',
          children: [],
        })),
    ],
    [
      'events[0].summaryRich[0].children[0].href: expected a string',
      (j) => (j.events[0]!.summaryRich = paragraph({ type: 'link', href: 5, children: [] })),
    ],
  ])('%s', (line, edit) => {
    expect(errorsAfter(edit)).toEqual([line]);
  });

  it('names a rich node of an unknown type', () => {
    expect(errorsAfter((j) => (j.events[0]!.summaryRich = paragraph({ type: 'image' })))).toEqual([
      'events[0].summaryRich[0].children[0].type: expected text, break, bold, italic or link, got "image"',
    ]);
  });

  it('says both what is wrong with a source link that is no URL at all', () => {
    expect(errorsAfter((j) => ((j.sources as Node[])[0]!.url = 'not a url'))).toEqual([
      'sources[0].url: expected a URL',
      'sources[0].url: expected an http(s) URL',
    ]);
  });

  it('accepts http and https source links, in any case', () => {
    const urls = ['http://example.org/a', 'HTTPS://EXAMPLE.ORG/B'];
    for (const url of urls) {
      expect(
        errorsAfter((j) => ((j.sources as Node[])[0]!.url = url)),
        url,
      ).toEqual([]);
    }
  });

  // A date that isn't one is refused by its shape, so it is reported together with any other
  // problem of shape, rather than only once those are fixed.
  it.each([['c. 2012'], ['2012?'], ['2012-10-05 evening'], ['in 2012']])(
    'reports the date %j along with the other shape errors',
    (date) => {
      expect(
        errorsAfter((j) => {
          j.events[3]!.date = date;
          j.events[5]!.title = '';
        }),
      ).toEqual([
        `events[3].date: ${DATES}, got ${JSON.stringify(date)}`,
        'events[5].title: must not be empty',
      ]);
    },
  );

  it('reports a bad id along with the other shape errors', () => {
    expect(
      errorsAfter((j) => {
        j.events[3]!.id = 'Going Public';
        j.events[5]!.title = '';
      }),
    ).toEqual([
      'events[3].id: expected a URL-safe id ([a-z0-9-]+), got "Going Public"',
      'events[5].title: must not be empty',
    ]);
  });
});

describe('partialDateMessage', () => {
  it.each([
    ['2012-13', `${DATES}, got "2012-13"`],
    [
      '2012-01-01T25:00',
      'expected YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS, got "2012-01-01T25:00"',
    ],
    [2012, `${DATES}, got 2012`],
    [undefined, `${DATES}, got undefined`],
  ])('%j: %s', (text, message) => {
    expect(partialDateMessage(text)).toBe(message);
  });
});

describe('what a dataset may leave out, and the rich text it may use', () => {
  it('reads a missing summary as empty, and missing tags and era sources as none', () => {
    const json = bundledJsonCopy() as unknown as Node & { events: Node[]; eras: Node[] };
    delete json.events[0]!.summary;
    delete json.events[0]!.tags;
    delete json.eras[0]!.sources;
    const result = parseDataset(json);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const id = json.events[0]!.id as string;
    expect(result.dataset.eventsById.get(id)).toMatchObject({ summary: '', tags: [] });
    expect(result.dataset.eras.find((e) => e.id === json.eras[0]!.id)!.sources).toEqual([]);
  });

  it('accepts breaks, bold, italic and links nested in each other', () => {
    const rich = paragraph(
      { type: 'text', text: 'Met in ' },
      { type: 'break' },
      {
        type: 'bold',
        children: [
          {
            type: 'italic',
            children: [
              {
                type: 'link',
                href: 'https://example.org/',
                children: [{ type: 'bold', children: [{ type: 'text', text: 'NYC' }] }],
              },
            ],
          },
        ],
      },
    );
    const json = bundledJsonCopy() as unknown as Node & { events: Node[] };
    json.events[0]!.summaryRich = rich;
    const result = parseDataset(json);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.dataset.eventsById.get(json.events[0]!.id as string)!.summaryRich).toEqual(rich);
  });

  it('checks what is nested inside bold and italic too', () => {
    const nested = (type: string) =>
      errorsAfter(
        (j) =>
          (j.events[0]!.summaryRich = paragraph({
            type,
            children: [{ type: 'text', text: 1 }],
          })),
      );
    expect(nested('bold')).toEqual([
      'events[0].summaryRich[0].children[0].children[0].text: expected a string',
    ]);
    expect(nested('italic')).toEqual([
      'events[0].summaryRich[0].children[0].children[0].text: expected a string',
    ]);
  });
});
