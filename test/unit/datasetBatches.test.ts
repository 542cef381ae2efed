// @vitest-environment node
// The dataset crosses from the worker to the page in pieces: put back together, it must be the
// dataset the page would have built itself, whatever the batch size.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/types';
import { batchSizeFor, createDatasetAssembler, datasetMessages } from '../../src/io/datasetBatches';
import { readStory } from '../../src/io/readStory';
import { bundledJsonCopy } from './testData';

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

/** What the page ends up with: each message copied as postMessage would copy it. */
function assembled(dataset: Dataset, batchSize: number): Dataset {
  const assembler = createDatasetAssembler();
  let result: Dataset | null = null;
  for (const message of datasetMessages(dataset, batchSize)) {
    expect(result).toBeNull();
    result = assembler.accept(structuredClone(message));
  }
  if (!result) throw new Error('no dataset after done');
  return result;
}

async function expectSameThroughBatches(text: string, batchSize: number) {
  const direct = await readStory(text);
  const sent = await readStory(text);
  if (!direct.ok || !sent.ok) throw new Error(JSON.stringify(direct));
  const result = assembled(sent.dataset, batchSize);
  expect(result).toEqual(direct.dataset);
  // The lookups hold the very objects of the lists, as parseDataset's do: the page relies on
  // `events.indexOf(eventsById.get(id))`.
  for (const event of result.events) expect(result.eventsById.get(event.id)).toBe(event);
  for (const person of result.people) expect(result.peopleById.get(person.id)).toBe(person);
  for (const source of result.sources) expect(result.sourcesById.get(source.id)).toBe(source);
}

describe('datasetMessages + createDatasetAssembler', () => {
  it('give back what readStory gives, for any dataset and any batch size', async () => {
    await fc.assert(
      fc.asyncProperty(datasetJson, fc.integer({ min: 1, max: 50 }), async (json, batchSize) => {
        await expectSameThroughBatches(JSON.stringify(json), batchSize);
      }),
    );
  });

  it('do so for the bundled story and for imported formats', async () => {
    const files = ['formats/eras.json', 'formats/my-own-timeline.csv', 'formats/vis-basic.json'];
    const texts = [
      JSON.stringify(bundledJsonCopy()),
      ...files.map((file) => readFileSync(`test/fixtures/${file}`, 'utf8')),
    ];
    for (const text of texts)
      for (const size of [1, 3, 1000]) await expectSameThroughBatches(text, size);
  });

  it('sends a header, ceil(n / size) batches and done', async () => {
    const result = await readStory(JSON.stringify(bundledJsonCopy()));
    if (!result.ok) throw new Error('bundled');
    const types = [...datasetMessages(result.dataset, 4)].map((m) => m.type);
    expect(types).toEqual(['header', 'events', 'events', 'events', 'done']);
  });

  it('refuses messages out of order, and a dataset cut short', async () => {
    const result = await readStory(JSON.stringify(bundledJsonCopy()));
    if (!result.ok) throw new Error('bundled');
    const [header, first] = [...datasetMessages(result.dataset, 5)];
    expect(() => createDatasetAssembler().accept(first!)).toThrow(/before its header/);
    const twice = createDatasetAssembler();
    twice.accept(header!);
    expect(() => twice.accept(header!)).toThrow(/twice/);
    const short = createDatasetAssembler();
    short.accept(header!);
    short.accept(first!);
    expect(() => short.accept({ type: 'done' })).toThrow('dataset ended after 5 of 10 events');
  });
});

describe('batchSizeFor', () => {
  it('sends big events in small batches, within bounds', async () => {
    const result = await readStory(JSON.stringify(bundledJsonCopy()));
    if (!result.ok) throw new Error('bundled');
    const events = result.dataset.events;
    const longer = events.map((e) => ({ ...e, summary: e.summary.repeat(50) }));
    expect(batchSizeFor(longer)).toBeLessThan(batchSizeFor(events));
    expect(batchSizeFor([])).toBe(1);
    const huge = events.map((e) => ({ ...e, summary: 'x'.repeat(1_000_000) }));
    expect(batchSizeFor(huge)).toBe(10);
    const tiny = Array.from({ length: 100 }, () => ({ ...events[0]!, title: '', summary: '' }));
    expect(batchSizeFor(tiny)).toBeLessThanOrEqual(5_000);
  });
});
