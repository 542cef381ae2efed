// @vitest-environment node
// buildDataset, the one mapping from any reader's story to our dataset (CONTRACT §6 "Mapping"),
// tested on stories built by hand: the readers' tests reach it only through whole files.
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/domain/parseDataset';
import { buildDataset, IMPORTED_SOURCE_ID } from '../../src/formats/buildDataset';
import type { ImportedEvent, ImportedStory } from '../../src/formats/importedStory';

const event = (extra: Partial<ImportedEvent> = {}): ImportedEvent => ({
  start: '2014-04-20',
  headlineHtml: 'Headline',
  textHtml: '',
  ...extra,
});
const story = (extra: Partial<ImportedStory> = {}): ImportedStory => ({
  format: 'a test story',
  events: [event()],
  eras: [],
  ...extra,
});
const build = (extra: Partial<ImportedStory> = {}, fileName?: string) => {
  const dataset = buildDataset(story(extra), fileName);
  const parsed = parseDataset(dataset);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return dataset;
};

describe('buildDataset titles', () => {
  it('takes the title slide, else the file name, else says it was imported', () => {
    expect(build({ titleHtml: '<b>Story</b>  of\nit' }, 'f.json').title).toBe('Story of it');
    expect(build({ titleHtml: ' <p> </p> ' }, 'f.json').title).toBe('f.json');
    expect(build({}).title).toBe('Imported timeline');
  });

  it('keeps a description only when it has words', () => {
    expect(build({ descriptionHtml: '<p>About</p>' }).description).toBe('About');
    expect(build({ descriptionHtml: '<p> </p>' })).not.toHaveProperty('description');
  });

  it('titles an event by its headline, else its first eight words, else its date', () => {
    const { events } = build({
      events: [
        event({ headlineHtml: '<i>Named</i>' }),
        event({ headlineHtml: '', textHtml: '<p>one two three four five six seven eight</p>' }),
        event({ headlineHtml: ' ', textHtml: 'one two three four five six seven eight nine' }),
        event({ headlineHtml: '', textHtml: '', start: '2014-04' }),
      ],
    });
    expect(events.map((e) => e.title)).toEqual([
      'Named',
      'one two three four five six seven eight',
      'one two three four five six seven eight…',
      'Apr 2014',
    ]);
  });
});

describe('buildDataset events', () => {
  it('writes keys in reading order, trims display dates and drops blank ones', () => {
    const [spanned, blank] = build({
      events: [
        event({ end: '2014-05', displayDate: ' Spring ', textHtml: '<p>a</p><p>b</p>' }),
        event({ displayDate: '  ', group: ' ' }),
      ],
    }).events;
    expect(Object.keys(spanned!)).toEqual([
      'id',
      'date',
      'end',
      'displayDate',
      'title',
      'summary',
      'summaryRich',
      'people',
      'sources',
    ]);
    expect(spanned!.displayDate).toBe('Spring');
    expect(blank).not.toHaveProperty('displayDate');
    expect(blank).not.toHaveProperty('group');
    expect(blank).not.toHaveProperty('end');
  });

  it('keeps rich text only when plain text would lose something', () => {
    const [plain, paragraphs, bold] = build({
      events: [
        event({ textHtml: '<p>Just words</p>' }),
        event({ textHtml: '<p>One</p><p>Two</p>' }),
        event({ textHtml: 'A <b>bold</b> word' }),
      ],
    }).events;
    expect(plain!.summary).toBe('Just words');
    expect(plain).not.toHaveProperty('summaryRich');
    expect(paragraphs!.summaryRich).toHaveLength(2);
    expect(bold!.summaryRich?.[0]?.children.map((n) => n.type)).toEqual(['text', 'bold', 'text']);
  });

  it('gives unique ids from unique_id, else the title', () => {
    const { events } = build({
      events: [
        event({ uniqueId: 'My Id' }),
        event({ uniqueId: 'my id' }),
        event({ headlineHtml: 'My Id' }),
      ],
    });
    expect(events.map((e) => e.id)).toEqual(['my-id', 'my-id-2', 'my-id-3']);
  });
});

describe('buildDataset people, media and groups', () => {
  const quote = (cite: string) => `<blockquote>“Words.”<cite>${cite}</cite></blockquote>`;

  it('makes one person per cited name, with a role only when it reads as one', () => {
    const dataset = build({
      events: [
        event({ media: quote('Edith Clarke, first female professor') }),
        event({ media: quote('Edith Clarke, first female professor') }),
        event({ media: quote('Martin Luther King, Jr.') }),
        event({ media: quote('Ada, the countess') }),
      ],
    });
    expect(dataset.people).toEqual([
      { id: 'edith-clarke', name: 'Edith Clarke', role: 'first female professor' },
      { id: 'martin-luther-king-jr', name: 'Martin Luther King, Jr.' },
      { id: 'ada-the-countess', name: 'Ada, the countess' },
    ]);
    expect(dataset.events.map((e) => e.people)).toEqual([
      ['edith-clarke'],
      ['edith-clarke'],
      ['martin-luther-king-jr'],
      ['ada-the-countess'],
    ]);
    expect(dataset.events[0]!.quotes).toEqual([
      { text: '“Words.”', speaker: 'edith-clarke', source: IMPORTED_SOURCE_ID },
    ]);
  });

  it('adds a quote without a cite to the text, and keeps media only from http(s) or relative URLs', () => {
    const [uncited, image, relative, unsafe, spaces] = build({
      events: [
        event({ textHtml: 'Before', media: '<blockquote>Said.</blockquote>' }),
        event({
          media: ' https://example.org/a.jpg ',
          mediaCaptionHtml: '<i>Cap</i>',
          mediaCreditHtml: ' ',
          mediaAlt: ' Alt ',
        }),
        event({ media: 'img/b.png' }),
        event({ media: 'javascript:alert(1)' }),
        event({ media: '   ' }),
      ],
    }).events;
    expect(uncited!.summary).toBe('Before\n\n“Said.”');
    expect(uncited!.people).toEqual([]);
    expect(image!.media).toEqual({ url: 'https://example.org/a.jpg', caption: 'Cap', alt: 'Alt' });
    expect(relative!.media).toEqual({ url: 'img/b.png' });
    expect(unsafe).not.toHaveProperty('media');
    expect(spaces).not.toHaveProperty('media');
  });

  it('lists declared groups first, in order, then those events add, once each', () => {
    const dataset = build({
      groupNames: ['Second', 'First'],
      events: [event({ group: ' Third ' }), event({ group: 'First' }), event({ group: 'Third' })],
    });
    expect(dataset.groups).toEqual([
      { id: 'second', name: 'Second' },
      { id: 'first', name: 'First' },
      { id: 'third', name: 'Third' },
    ]);
    expect(dataset.events.map((e) => e.group)).toEqual(['third', 'first', 'third']);
  });
});

describe('buildDataset range, eras and source', () => {
  it('covers every event and era in whole years', () => {
    const dataset = build({
      events: [
        event({ start: '2014-04-20', end: '2015' }),
        event({ start: '2003-12-31T23:59' }),
        event({ start: '2010', end: '2011-12-31T23:59' }),
      ],
      eras: [{ start: '2001-06', end: '2002', headlineHtml: '' }],
    });
    expect(dataset.range).toEqual({ start: '2001', end: '2015' });
    expect(dataset.eras).toEqual([
      { id: 'era-1', title: 'Era 1', start: '2001-06', end: '2002', sources: ['imported'] },
    ]);
  });

  it('ends the range in the year of the last instant covered', () => {
    expect(
      build({ events: [event({ start: '2014-12-30', end: '2014-12-31T23:59' })] }).range,
    ).toEqual({ start: '2014', end: '2014' });
    expect(build({ events: [event({ start: '-0479-08' })] }).range).toEqual({
      start: '-0479',
      end: '-0479',
    });
  });

  it('cites the file it came from as the one source', () => {
    expect(build({}, 'story.csv').sources).toEqual([
      { id: 'imported', title: 'story.csv', publisher: 'Imported from a test story' },
    ]);
    expect(build({ titleHtml: 'T' }).sources[0]!.title).toBe('T');
  });
});
