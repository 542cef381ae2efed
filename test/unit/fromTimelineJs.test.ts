// @vitest-environment node
// Pure logic: no DOM needed, so no jsdom start-up per file.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/domain/parseDataset';
import { convertAny } from '../../src/formats/convertAny';
import { fromTimelineJs } from '../../src/formats/fromTimelineJs';

const fixture = (name: string) => readFileSync(`test/fixtures/formats/${name}`, 'utf8');

/** Convert a real file; fail the test with the problems if it is refused. */
function convert(name: string) {
  const result = convertAny(fixture(name), name);
  if ('problems' in result) throw new Error(result.problems.join('\n'));
  const parsed = parseDataset(result.dataset);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return { json: result.dataset, dataset: parsed.dataset };
}

const problemsOf = (json: unknown) => {
  const result = fromTimelineJs(json);
  return 'problems' in result ? result.problems : [];
};

describe('fromTimelineJs on real TimelineJS3 files', () => {
  it('eras.json: 20 events, 3 eras, numeric strings, empty text', () => {
    const { json, dataset } = convert('eras.json');
    expect(json.title).toBe('Eras Test');
    expect(json.description).toMatch(/^Events in the 7th century/);
    expect(dataset.events).toHaveLength(20);
    expect(dataset.eras.map((e) => [e.title, e.date.year, e.endDate.year])).toEqual([
      ['Era Test 600-650', 600, 650],
      ['Era Test 650-700', 650, 700],
      ['Era Test 700-720', 700, 720],
    ]);
    const hijra = dataset.eventsById.get('muhammad-migrates-from-mecca-to-medina')!;
    expect([hijra.date, hijra.endDate]).toEqual([
      { year: 622, month: 8, day: 9, precision: 'day' },
      { year: 622, month: 8, day: 23, precision: 'day' },
    ]);
    // Year 632 stays in 632: no Date.UTC two-digit trap, no 1900s.
    expect(new Date(dataset.eventsById.get('death-of-muhammed')!.start).getUTCFullYear()).toBe(632);
    expect(dataset.eventsById.get('slav-occupation-of-balkans-complete')!.summary).toBe('');
    expect(dataset.eventsById.get('battle-of-nineveh')!.media?.url).toBe(
      'https://en.wikipedia.org/wiki/Battle_of_Nineveh_(627)',
    );
    expect(json.range).toEqual({ start: '0600', end: '0720' });
  });

  it('group_sample.json: groups by name, times of day to the minute', () => {
    const { dataset } = convert('group_sample.json');
    expect(dataset.events).toHaveLength(7);
    expect(dataset.groups.map((g) => g.name)).toEqual([
      'Group 1 - 1ST_INTERVIEW - 1st Interview - Technical assessment',
      'Group 2 - 2ND_INTERVIEW - 2nd Interview',
      'Group 3 - 3RD_INTERVIEW - 3rd Interview',
      'Group 4 - 4th_INTERVIEW - 4th Interview',
    ]);
    const first = dataset.events[0]!;
    expect(first.date).toMatchObject({ hour: 9, minute: 30, precision: 'minute' });
    expect(new Date(first.start).toISOString()).toBe('2016-11-13T09:30:00.000Z');
    expect(dataset.groupsById.get(first.group!)?.name).toMatch(/^Group 1/);
    // Two events share a headline: the second gets its own id.
    expect(dataset.events.map((e) => e.id)).toContain(
      'event-1-heading-send-notification-long-description-2',
    );
  });

  it('milliseconds.json: seconds kept, milliseconds dropped, five "Test" events with their own ids', () => {
    const { json, dataset } = convert('milliseconds.json');
    expect(json.events.map((e) => e.id)).toEqual(['test', 'test-2', 'test-3', 'test-4', 'test-5']);
    expect(json.events[0]!.date).toBe('2015-01-01T01:01:01');
    expect(dataset.events[0]!.date.precision).toBe('second');
  });

  it('years.json: BCE years as ISO years, numeric headlines kept', () => {
    const { json, dataset } = convert('years.json');
    expect(json.events.map((e) => e.date)).toEqual(['-5410', '-2520', '-2010', '-1450', '-0258']);
    expect(json.events[1]!.title).toBe('-2520');
    expect(new Date(dataset.events[0]!.start).getUTCFullYear()).toBe(-5410);
    expect(json.range).toEqual({ start: '-5410', end: '-0258' });
  });

  it('cosmological.json: refused, naming every year it cannot place', () => {
    const result = convertAny(fixture('cosmological.json'));
    expect('problems' in result && result.problems).toEqual([
      'events[0].start_date.year: expected a year from -9999 to 9999, got "-13798000000"',
      'events[1].start_date.year: expected a year from -9999 to 9999, got "-13797930000"',
      'events[2].start_date.year: expected a year from -9999 to 9999, got "-13797623000"',
      'events[3].start_date.year: expected a year from -9999 to 9999, got "-13648000000"',
      'events[3].end_date.year: expected a year from -9999 to 9999, got "-12798000000"',
      'events[4].start_date.year: expected a year from -9999 to 9999, got "-4798000000"',
    ]);
  });
});

describe('fromTimelineJs mapping and problems', () => {
  const event = (extra: Record<string, unknown>) => ({
    start_date: { year: 2001 },
    text: { headline: 'Headline', text: '' },
    ...extra,
  });

  it('names every problem at once, in the file’s own terms', () => {
    const json = {
      events: [
        event({}),
        event({ start_date: { year: 2001, month: '13' } }),
        event({ start_date: { month: 3 } }),
        event({ start_date: { year: 2001, month: 2, day: 30 } }),
        event({ start_date: undefined }),
        event({ start_date: { year: 2001, month: 2, day: 3 }, end_date: { year: 2000 } }),
        event({ start_date: { year: '20x1' } }),
        event({ start_date: { year: 2001, hour: 9 } }),
        'not an event',
      ],
    };
    expect(problemsOf(json)).toEqual([
      'events[1].start_date.month: expected 1 to 12, got "13"',
      'events[2].start_date.year: required',
      'events[3].start_date.day: expected 1 to 28, got 30',
      'events[4].start_date: required',
      'events[5].end_date: must not be before start_date',
      'events[6].start_date.year: expected a whole number, got "20x1"',
      'events[7].start_date.day: required with a time of day',
      'events[8]: expected an event object',
    ]);
  });

  it('maps unique_id, display_date, media, and a blockquote with cite to a quote by a new person', () => {
    const result = fromTimelineJs({
      title: { text: { headline: '<b>Story</b>', text: '<p>About it</p>' } },
      events: [
        event({
          unique_id: 'My Event',
          display_date: 'Spring 2001',
          media: { url: '<blockquote>“Words.” <cite>Ada Lovelace</cite></blockquote>' },
        }),
        event({
          media: {
            url: 'https://example.org/a.jpg',
            caption: '<i>Cap</i>',
            credit: 'AP',
            alt: 'A',
          },
        }),
        event({
          media: { url: 'javascript:alert(1)' },
          text: { headline: '', text: '<p>One two</p>' },
        }),
        event({ media: { url: '<iframe src="https://evil.example"></iframe>' }, text: {} }),
      ],
    });
    if ('problems' in result) throw new Error(result.problems.join());
    const { dataset } = result;
    expect([dataset.title, dataset.description]).toEqual(['Story', 'About it']);
    expect(dataset.people).toEqual([{ id: 'ada-lovelace', name: 'Ada Lovelace' }]);
    const [quoted, pictured, unsafe, embed] = dataset.events;
    expect(quoted).toMatchObject({
      id: 'my-event',
      displayDate: 'Spring 2001',
      people: ['ada-lovelace'],
      quotes: [{ text: '“Words.”', speaker: 'ada-lovelace', source: 'imported' }],
    });
    expect(pictured!.media).toEqual({
      url: 'https://example.org/a.jpg',
      caption: 'Cap',
      credit: 'AP',
      alt: 'A',
    });
    // No headline: titled from the text; an unsafe media URL is dropped, not followed.
    expect(unsafe).toMatchObject({ title: 'One two' });
    expect(unsafe!.media).toBeUndefined();
    // No headline and no text: titled by its date. An embed code loads nothing.
    expect(embed).toMatchObject({ title: '2001' });
    expect(embed!.media).toBeUndefined();
    expect(dataset.sources).toEqual([
      { id: 'imported', title: 'Story', publisher: 'Imported from a TimelineJS JSON file' },
    ]);
  });

  it('never throws on arbitrary input, and what it accepts is a valid dataset', () => {
    const part = fc.oneof(
      fc.constant(''),
      fc.integer({ min: -20000, max: 20000 }),
      fc.string({ maxLength: 5 }),
    );
    const date = fc.record(
      { year: part, month: part, day: part, hour: part, minute: part },
      { requiredKeys: [] },
    );
    const anyEvent = fc.record(
      {
        start_date: date,
        end_date: date,
        text: fc.record({ headline: fc.string(), text: fc.string() }, { requiredKeys: [] }),
        media: fc.record({ url: fc.string() }),
        group: fc.string(),
        unique_id: fc.string(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.record({ events: fc.array(anyEvent, { maxLength: 6 }) })),
        (json) => {
          const result = fromTimelineJs(json);
          if ('dataset' in result) {
            const parsed = parseDataset(result.dataset);
            expect(parsed.ok, JSON.stringify(parsed.ok ? '' : parsed.errors)).toBe(true);
          } else expect(result.problems.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('keeps every event of any valid file, in order', () => {
    const valid = fc.record({
      year: fc.integer({ min: -9999, max: 9999 }),
      month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      headline: fc.string(),
    });
    fc.assert(
      fc.property(fc.array(valid, { minLength: 1, maxLength: 10 }), (rows) => {
        const json = {
          events: rows.map((r) => ({
            start_date: { year: String(r.year), month: r.month ?? '' },
            text: { headline: r.headline },
          })),
        };
        const result = convertAny(JSON.stringify(json));
        if ('problems' in result) throw new Error(result.problems.join());
        expect(result.dataset.events.map((e) => Number(e.date.match(/^-?\d+/)![0]))).toEqual(
          rows.map((r) => r.year),
        );
      }),
    );
  });
});
