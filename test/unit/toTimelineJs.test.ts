// The phone LCP bench shows our bundled story in TimelineJS; these tests hold that it is the
// same story (read back with our own TimelineJS reader) and that dataset text stays text there.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatasetInput } from '../../src/domain/datasetSchema';
import { parseDataset } from '../../src/domain/parseDataset';
import { parsePartialDate } from '../../src/domain/partialDate';
import { fromTimelineJs } from '../../src/formats/fromTimelineJs';
import { toTimelineDate, toTimelineEnd, toTimelineJs } from '../bench/toTimelineJs.mjs';

const bundled = JSON.parse(readFileSync('src/data/kim-kanye.json', 'utf8')) as DatasetInput;

/** Our dataset → TimelineJS JSON → back through the app's own TimelineJS import. */
function roundTrip(dataset: DatasetInput) {
  const result = fromTimelineJs(JSON.parse(JSON.stringify(toTimelineJs(dataset))));
  if ('problems' in result) throw new Error(result.problems.join('\n'));
  const parsed = parseDataset(result.dataset);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.dataset;
}

/** What a browser shows for an HTML fragment. */
const shown = (html: string) =>
  new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';

describe('toTimelineJs on the bundled story', () => {
  it('keeps the title, every event and every era over the same time', () => {
    const back = roundTrip(bundled);
    const ours = parseDataset(bundled);
    if (!ours.ok) throw new Error(JSON.stringify(ours.errors));
    const spans = (items: { title: string; start: number; end: number }[]) =>
      items.map((e) => [e.title, e.start, e.end]);
    expect(back.title).toBe(bundled.title);
    expect(back.description).toBe(bundled.description);
    expect(spans(back.events)).toEqual(spans(ours.dataset.events));
    expect(spans(back.eras)).toEqual(spans(ours.dataset.eras));
    // Dates keep the precision they were written with: 2002 stays a year.
    expect(back.events[0]!.date).toEqual(parsePartialDate(bundled.events[0]!.date));
  });

  it('puts each summary, quote and speaker into the event text', () => {
    const back = roundTrip(bundled);
    const names = new Map(bundled.people.map((p) => [p.id, p.name]));
    bundled.events.forEach((event, i) => {
      const text = back.events[i]!.summary;
      expect(text).toContain(event.summary);
      for (const quote of event.quotes ?? []) {
        expect(text).toContain(quote.text);
        expect(text).toContain(names.get(quote.speaker));
      }
    });
  });
});

describe('toTimelineJs keeps text as text', () => {
  // Words of characters and entities that mean something in HTML, joined by single spaces,
  // since HTML collapses runs of white space anyway.
  const word = fc.string({
    unit: fc.constantFrom('a', 'é', '<', '>', '&', '"', "'", '/', '=', ';', '“', '&lt;', '&#39;'),
    minLength: 1,
  });
  const phrase = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));

  it('a browser shows every title, summary, quote and source exactly as written', () => {
    fc.assert(
      fc.property(phrase, phrase, phrase, (title, summary, quote) => {
        const dataset: DatasetInput = {
          title,
          description: summary,
          range: { start: '2000', end: '2001' },
          people: [{ id: 'p', name: title }],
          sources: [{ id: 's', title: summary }],
          events: [
            {
              id: 'e',
              date: '2000',
              title,
              summary,
              people: ['p'],
              sources: ['s'],
              quotes: [{ text: quote, speaker: 'p', source: 's' }],
            },
          ],
        };
        const story = toTimelineJs(dataset);
        const event = story.events[0]!;
        expect(shown(story.title.text.headline)).toBe(title);
        expect(shown(story.title.text.text)).toBe(summary);
        expect(shown(event.text.headline)).toBe(title);
        const body = new DOMParser().parseFromString(event.text.text, 'text/html').body;
        expect(body.querySelector('p')?.textContent).toBe(summary);
        expect(body.querySelector('p:last-child')?.textContent).toBe(`Sources: ${summary}`);
        expect(body.querySelector('blockquote')?.firstChild?.textContent).toBe(`“${quote}” `);
        expect(body.querySelector('cite')?.textContent).toBe(title);
      }),
    );
  });
});

describe('toTimelineDate', () => {
  it('keeps only the parts a date has', () => {
    expect(toTimelineDate('2002')).toEqual({ year: 2002 });
    expect(toTimelineDate('2013-06')).toEqual({ year: 2013, month: 6 });
    expect(toTimelineDate('2011-08-20')).toEqual({ year: 2011, month: 8, day: 20 });
    expect(toTimelineDate('-0479-08-20T09:05')).toEqual({
      year: -479,
      month: 8,
      day: 20,
      hour: 9,
      minute: 5,
    });
  });

  it('refuses what is not a partial date rather than guessing', () => {
    expect(() => toTimelineDate('May 2002')).toThrow(/not a partial ISO date/);
  });
});

describe('toTimelineEnd', () => {
  it('keeps an end as written when TimelineJS reads it after the start', () => {
    expect(toTimelineEnd('2002', '2011')).toEqual({ year: 2011 });
    expect(toTimelineEnd('2011-08-20', '2011-10-31')).toEqual({ year: 2011, month: 10, day: 31 });
  });

  it("writes an end inside the start's year or month as its last day", () => {
    expect(toTimelineEnd('2014-05-24', '2014')).toEqual({ year: 2014, month: 12, day: 31 });
    expect(toTimelineEnd('2012-02-10', '2012-02')).toEqual({ year: 2012, month: 2, day: 29 });
    expect(toTimelineEnd('1900-02-10', '1900-02')).toEqual({ year: 1900, month: 2, day: 28 });
    expect(toTimelineEnd('2013-04-02', '2013-04')).toEqual({ year: 2013, month: 4, day: 30 });
  });

  it('refuses an end before its start', () => {
    expect(() => toTimelineEnd('2014-05-24', '2013')).toThrow(/ends before/);
  });
});
