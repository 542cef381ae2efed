// The bench loads our synthetic dataset in vis-timeline beside our 1,000 case; these tests hold
// that vis gets the same events over the same time (read back with our own vis-timeline reader)
// and that titles stay text there.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatasetInput } from '../../src/domain/datasetSchema';
import { parseDataset } from '../../src/domain/parseDataset';
import { DAY_MS } from '../../src/domain/units';
import { fromVisTimeline } from '../../src/formats/fromVisTimeline';
import { toVisEnd, toVisStart, toVisTimeline } from '../bench/toVisTimeline.mjs';

const bundled = JSON.parse(readFileSync('src/data/kim-kanye.json', 'utf8')) as DatasetInput;

function parsed(dataset: unknown) {
  const result = parseDataset(dataset);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

/** Our dataset → vis items → back through the app's own vis-timeline import. */
function roundTrip(dataset: DatasetInput) {
  const result = fromVisTimeline(JSON.parse(JSON.stringify(toVisTimeline(dataset))));
  if ('problems' in result) throw new Error(result.problems.join('\n'));
  return parsed(result.dataset);
}

const spans = (items: { title: string; start: number; end: number }[]) =>
  items.map((e) => [e.title, e.start, e.end]);

/**
 * When vis-timeline puts a date string: digits alone are epoch milliseconds, anything else goes
 * to moment, which reads these ISO forms as Date.parse does in UTC (its `convert`, type "Moment";
 * tests run with TZ=UTC, where moment's local time is UTC).
 */
const visInstant = (text: string) => (/^\d+$/.test(text) ? Number(text) : Date.parse(text));

/** What a browser shows for an HTML fragment, as vis draws `content`. */
const shown = (html: string) =>
  new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';

describe('toVisTimeline', () => {
  it('keeps every event of the bundled story over the same time', () => {
    expect(spans(roundTrip(bundled).events)).toEqual(spans(parsed(bundled).events));
  });

  // Partial dates of every precision the bench writes (four-digit years: vis parses strings with
  // moment, which wants six digits for years outside 0–9999), an end at or after its start.
  const partial = fc
    .record({
      year: fc.integer({ min: 1000, max: 9999 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      precision: fc.constantFrom('year', 'month', 'day'),
    })
    .map(({ year, month, day, precision }) => {
      const m = String(month).padStart(2, '0');
      const d = String(day).padStart(2, '0');
      return precision === 'year'
        ? `${year}`
        : precision === 'month'
          ? `${year}-${m}`
          : `${year}-${m}-${d}`;
    });
  const eventsOf = (pairs: [string, string | null][]) =>
    pairs.map(([a, b], i) => ({
      id: `e${i}`,
      // Same-length prefixes of ISO dates sort as text; a shorter one first covers the other.
      ...(b === null ? { date: a } : a <= b ? { date: a, end: b } : { date: b, end: a }),
      title: `Event ${i}`,
      summary: '',
      people: [],
      tags: [],
      sources: ['s'],
      quotes: [],
    }));
  const datasetOf = (pairs: [string, string | null][]) => ({
    title: 't',
    range: { start: '1000', end: '9999' },
    people: [],
    sources: [{ id: 's', title: 's' }],
    events: eventsOf(pairs),
  });
  // Only datasets ours accepts: an end must come after its start's whole period.
  const datasets = fc
    .array(fc.tuple(partial, fc.option(partial)), { minLength: 1, maxLength: 20 })
    .map(datasetOf)
    .filter((dataset) => parseDataset(dataset).ok);

  it('gives vis the instants our events start at, and ends within their last day', () => {
    fc.assert(
      fc.property(datasets, (dataset) => {
        const ours = new Map(parsed(dataset).events.map((e) => [e.id, e]));
        toVisTimeline(dataset as DatasetInput).forEach((item) => {
          const event = ours.get(item.id)!;
          expect(visInstant(item.start)).toBe(event.start);
          if (!event.isSpan) return expect(item.end).toBeUndefined();
          // vis draws to the first instant of the end it is given; ours runs through that day.
          expect(visInstant(item.end!)).toBe(event.end - DAY_MS);
        });
      }),
    );
  });

  it('is read back the same by our own vis-timeline import', () => {
    fc.assert(
      fc.property(datasets, (dataset) => {
        // Events starting together may come back in another order; what each covers must not.
        const byTitle = (events: Parameters<typeof spans>[0]) => spans(events).sort();
        expect(byTitle(roundTrip(dataset as DatasetInput).events)).toEqual(
          byTitle(parsed(dataset).events),
        );
      }),
    );
  });

  it('shows every title exactly as written', () => {
    const word = fc.string({
      unit: fc.constantFrom('a', 'é', '<', '>', '&', '"', "'", '/', '=', ';', '&lt;', '<b>'),
      minLength: 1,
    });
    fc.assert(
      fc.property(word, (title) => {
        const [item] = toVisTimeline({ ...bundled, events: [{ ...bundled.events[0]!, title }] });
        expect(shown(item!.content)).toBe(title);
      }),
    );
  });
});

describe('toVisStart and toVisEnd', () => {
  it('write a year or month start as its first day, never as digits alone', () => {
    expect(toVisStart('2002')).toBe('2002-01-01');
    expect(toVisStart('2013-06')).toBe('2013-06-01');
    expect(toVisStart('-0479')).toBe('-0479-01-01');
    expect(toVisStart('2011-08-20')).toBe('2011-08-20');
    expect(toVisStart('2011-08-20T09:05')).toBe('2011-08-20T09:05');
  });

  it('write a year or month end as its last day', () => {
    expect(toVisEnd('2014')).toBe('2014-12-31');
    expect(toVisEnd('2012-02')).toBe('2012-02-29');
    expect(toVisEnd('1900-02')).toBe('1900-02-28');
    expect(toVisEnd('2013-04')).toBe('2013-04-30');
    expect(toVisEnd('2011-08-20')).toBe('2011-08-20');
    expect(toVisEnd('2011-08-20T09:05')).toBe('2011-08-20T09:05');
  });
});
