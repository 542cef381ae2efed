// @vitest-environment node
// The dataset crosses from the worker to the page with its events in columns: read back, it must
// be the dataset the page would have built itself, field by field, and lay out the same.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset, TimelineEvent } from '../../src/domain/types';
import { datasetFromMessage, datasetMessage } from '../../src/io/datasetTransfer';
import type { PartialDate } from '../../src/domain/partialDate';
import { CHUNK, dateKey, packText, unpackText } from '../../src/io/packedEvents';
import { eventIndex } from '../../src/layout/eventIndex';
import { layoutEvents } from '../../src/layout/layoutEvents';
import { timeScale } from '../../src/layout/timeScale';
import { readStory } from '../../src/io/readStory';
import { anyPartialDate, bundledJsonCopy } from './testData';

const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const words = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
const pad = (n: number) => String(n).padStart(2, '0');
const date = fc
  .record({
    year: fc.integer({ min: 2000, max: 2019 }),
    month: fc.option(fc.integer({ min: 1, max: 12 })),
    day: fc.option(fc.integer({ min: 1, max: 28 })),
  })
  .map(({ year, month, day }) =>
    month === null
      ? `${year}`
      : day === null
        ? `${year}-${pad(month)}`
        : `${year}-${pad(month)}-${pad(day)}`,
  );

/** Datasets in our schema that pass its checks: ids unique, references known, dates in range. */
const datasetJson = fc
  .record({
    people: fc.uniqueArray(slug, { minLength: 1, maxLength: 4 }),
    sources: fc.uniqueArray(slug, { minLength: 1, maxLength: 4 }),
    groups: fc.uniqueArray(slug, { maxLength: 2 }),
    eventIds: fc.uniqueArray(slug, { maxLength: 40 }),
    seed: fc.array(
      fc.record({
        date,
        span: fc.boolean(),
        title: words,
        summary: fc.string({ maxLength: 40 }),
        rich: fc.boolean(),
        tags: fc.array(fc.constantFrom('music', 'law', 'love'), { maxLength: 3 }),
        quotes: fc.array(fc.record({ text: words, said: fc.option(date) }), { maxLength: 2 }),
        pick: fc.nat(),
      }),
      { minLength: 40, maxLength: 40 },
    ),
  })
  .map(({ people, sources, groups, eventIds, seed }) => ({
    title: 'Generated',
    range: { start: '2000', end: '2020' },
    people: people.map((id) => ({ id, name: `Name ${id}` })),
    sources: sources.map((id) => ({ id, title: `Source ${id}` })),
    groups: groups.map((id) => ({ id, name: `Group ${id}` })),
    eras: [{ id: 'era', title: 'An era', start: '2001', end: '2003', sources: [sources[0]] }],
    events: eventIds.map((id, i) => {
      const e = seed[i]!;
      const at = <T>(list: T[]) => list[(e.pick + i) % list.length]!;
      return {
        id,
        date: e.date,
        ...(e.span ? { end: '2020' } : {}),
        title: e.title,
        summary: e.summary,
        ...(e.rich
          ? { summaryRich: [{ type: 'paragraph', children: [{ type: 'text', text: e.title }] }] }
          : {}),
        ...(groups.length > 0 && e.pick % 2 === 0 ? { group: at(groups) } : {}),
        people: people.filter((_, j) => (e.pick >> j) & 1),
        tags: e.tags,
        sources: [at(sources)],
        quotes: e.quotes.map((q) => ({
          text: q.text,
          speaker: at(people),
          source: at(sources),
          ...(q.said === null ? {} : { said: q.said }),
        })),
      };
    }),
  }));

/** What the page ends up with: the message as postMessage hands it over (buffers moved). */
function received(dataset: Dataset): Dataset {
  const { message, transfer } = datasetMessage(dataset);
  return datasetFromMessage(structuredClone(message, { transfer }));
}

/**
 * Every field an event has, read as the page reads it. The record is complete by type, so a new
 * field of TimelineEvent does not compile here until this test compares it too.
 */
function fieldsOf(event: TimelineEvent): Required<TimelineEvent> {
  const fields: { [K in keyof Required<TimelineEvent>]: TimelineEvent[K] } = {
    id: event.id,
    title: event.title,
    summary: event.summary,
    summaryRich: event.summaryRich,
    displayDate: event.displayDate,
    media: event.media,
    group: event.group,
    people: event.people,
    tags: event.tags,
    sources: event.sources,
    quotes: event.quotes,
    date: event.date,
    endDate: event.endDate,
    start: event.start,
    end: event.end,
    isSpan: event.isSpan,
    index: event.index,
  };
  return fields as Required<TimelineEvent>;
}

const layoutIds = (events: readonly TimelineEvent[], start: number, end: number, width: number) => {
  const { placed, clusters } = layoutEvents(events, timeScale({ start, end } as never, width), 2);
  return { placed: placed.map((p) => ({ ...p, event: p.event.id })), clusters };
};

async function expectSameThroughTransfer(text: string) {
  const direct = await readStory(text);
  const sent = await readStory(text);
  if (!direct.ok || !sent.ok) throw new Error(JSON.stringify(direct));
  const result = received(sent.dataset);
  const { events, eventsById, ...rest } = result;
  const { events: directEvents, eventsById: directById, ...directRest } = direct.dataset;
  expect(rest).toEqual(directRest);
  expect(events.map(fieldsOf)).toEqual(directEvents.map(fieldsOf));
  // The lookups hold the very objects of the lists, as parseDataset's do: the page relies on
  // `events.indexOf(eventsById.get(id))`.
  expect(eventsById.size).toBe(directById.size);
  for (const event of events) expect(eventsById.get(event.id)).toBe(event);
  for (const person of result.people) expect(result.peopleById.get(person.id)).toBe(person);
  for (const source of result.sources) expect(result.sourcesById.get(source.id)).toBe(source);
  const { start, end } = direct.dataset.range;
  // The layout's index, made from the columns, is the one made from the events.
  const fromColumns = eventIndex(events);
  const fromEvents = eventIndex(directEvents);
  expect(fromColumns.starts).toEqual(fromEvents.starts);
  expect(fromColumns.spans).toEqual(fromEvents.spans);
  for (let i = 0; i < events.length; i++)
    for (let j = i + 1; j <= events.length; j++)
      expect(fromColumns.maxEnd(i, j)).toBe(fromEvents.maxEnd(i, j));
  // Wide and narrow: the narrow one folds most events into clusters, whose extents come from
  // the index built from the columns.
  for (const [from, to] of [
    [start, end],
    [start, start + (end - start) / 7],
  ])
    for (const width of [900, 120])
      expect(layoutIds(events, from!, to!, width)).toEqual(
        layoutIds(directEvents, from!, to!, width),
      );
}

describe('datasetMessage + datasetFromMessage', () => {
  it('give back what readStory gives, field by field, and the same layout', async () => {
    await fc.assert(
      fc.asyncProperty(datasetJson, async (json) => {
        await expectSameThroughTransfer(JSON.stringify(json));
      }),
    );
  });

  it('do so for the bundled story and for imported formats', async () => {
    const files = ['formats/eras.json', 'formats/my-own-timeline.csv', 'formats/vis-basic.json'];
    const texts = [
      JSON.stringify(bundledJsonCopy()),
      ...files.map((file) => readFileSync(`test/fixtures/${file}`, 'utf8')),
    ];
    for (const text of texts) await expectSameThroughTransfer(text);
  });

  it('moves the columns instead of copying them', async () => {
    const result = await readStory(JSON.stringify(bundledJsonCopy()));
    if (!result.ok) throw new Error('bundled');
    const { message, transfer } = datasetMessage(result.dataset);
    expect(transfer).toContain(message.events.start.buffer);
    expect(transfer).toContain(message.events.summaries.bytes.buffer);
    structuredClone(message, { transfer });
    // A moved buffer is empty where it came from.
    expect(message.events.start.length).toBe(0);
  });

  it('keeps repeated values once: lists of people, dates', async () => {
    const result = await readStory(JSON.stringify(bundledJsonCopy()));
    if (!result.ok) throw new Error('bundled');
    const { events } = received(result.dataset);
    const sameDay = events.filter((e) => e.date.year === 2012 && e.date.precision === 'year');
    const byPeople = new Map<string, TimelineEvent[]>();
    for (const e of events)
      byPeople.set(e.people.join(), [...(byPeople.get(e.people.join()) ?? []), e]);
    for (const group of byPeople.values())
      for (const e of group) expect(e.people).toBe(group[0]!.people);
    for (const e of sameDay) expect(e.date).toBe(sameDay[0]!.date);
  });
});

describe('packText', () => {
  // Long enough to cross a chunk's edge every time: fast-check's default lists are short.
  const values = fc.array(
    fc.option(fc.string({ unit: 'grapheme', maxLength: 12 }), { nil: undefined, freq: 8 }),
    { minLength: CHUNK - 2, maxLength: 2 * CHUNK + 3 },
  );

  it('gives back every value, across chunks, whatever the characters', () => {
    fc.assert(
      fc.property(values, (list) => {
        const packed = structuredClone(packText(list));
        expect(list.map((_, i) => unpackText(packed, i))).toEqual(list);
      }),
      { numRuns: 25 },
    );
  });

  it('decodes only the chunk asked for', () => {
    const list = Array.from({ length: 3 * CHUNK }, (_, i) => `entry ${i}`);
    const packed = packText(list);
    expect(unpackText(packed, CHUNK + 5)).toBe(`entry ${CHUNK + 5}`);
    expect(packed.decoded?.filter((d) => d !== undefined)).toHaveLength(1);
    expect(unpackText(packed, CHUNK)).toBe(`entry ${CHUNK}`);
    expect(unpackText(packed, 2 * CHUNK - 1)).toBe(`entry ${2 * CHUNK - 1}`);
    expect(unpackText(packed, 0)).toBe('entry 0');
    expect(packed.missing).toBeNull();
  });
});

describe('packEvents keys', () => {
  it('gives two dates one key only when they are the same date', () => {
    fc.assert(
      fc.property(anyPartialDate, anyPartialDate, (a, b) => {
        expect(dateKey(a) === dateKey(b)).toBe(JSON.stringify(a) === JSON.stringify(b));
        expect(Number.isSafeInteger(dateKey(a))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // Neighbours differ in one field by one.
    const base: PartialDate = {
      year: 2,
      month: 3,
      day: 4,
      hour: 5,
      minute: 6,
      precision: 'minute',
    };
    const keys = [
      base,
      { ...base, year: 3 },
      { ...base, month: 4 },
      { ...base, day: 5 },
      { ...base, hour: 6 },
      { ...base, minute: 7 },
      { ...base, second: 1, precision: 'second' as const },
      { ...base, precision: 'second' as const },
    ].map(dateKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('never mistakes a list for another, whatever its tags hold', async () => {
    const result = await readStory(JSON.stringify(bundledJsonCopy()));
    if (!result.ok) throw new Error('bundled');
    const [a, b, c, d] = result.dataset.events;
    const tricky = [
      { ...fieldsOf(a!), tags: ['x', 'y'] },
      { ...fieldsOf(b!), tags: ['["x","y"]'] },
      { ...fieldsOf(c!), tags: ['x\u0000y'] },
      { ...fieldsOf(d!), tags: [] },
    ];
    const { message, transfer } = datasetMessage({ ...result.dataset, events: tricky });
    const events = datasetFromMessage(structuredClone(message, { transfer })).events;
    expect(events.map((e) => e.tags)).toEqual(tricky.map((e) => e.tags));
  });
});
