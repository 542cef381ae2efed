import bundledJson from '../../src/data/kim-kanye.json';
import visGroupsJson from '../fixtures/formats/vis-groups-ordering.json';
import { convertAny } from '../../src/formats/convertAny';
import { parseDataset } from '../../src/domain/parseDataset';
import fc from 'fast-check';
import {
  daysInMonth,
  endOf,
  MAX_YEAR,
  MIN_YEAR,
  parsePartialDate,
  startOf,
  type PartialDate,
  type Precision,
} from '../../src/domain/partialDate';
import type { Dataset, TimelineEvent } from '../../src/domain/types';

/** The bundled dataset, parsed; fails loudly if it doesn't validate. */
export function bundledDataset(): Dataset {
  const result = parseDataset(bundledJson);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

/** A deep copy of the bundled JSON, to break one field at a time. */
export function bundledJsonCopy(): typeof bundledJson {
  return structuredClone(bundledJson);
}

/** A TimelineEvent built directly, the way parseDataset would build it. */
export function makeEvent(
  id: string,
  date: string,
  options: Partial<Omit<TimelineEvent, 'date' | 'endDate'>> & { endText?: string } = {},
): TimelineEvent {
  const { endText, ...rest } = options;
  const parsed = parsePartialDate(date);
  if (!parsed) throw new Error(`bad date ${date}`);
  const endDate = endText === undefined ? undefined : (parsePartialDate(endText) ?? undefined);
  const start = startOf(parsed);
  return {
    id,
    title: id,
    summary: '',
    people: [],
    tags: [],
    sources: ['s'],
    quotes: [],
    date: parsed,
    endDate,
    start,
    end: endDate ? endOf(endDate) : start,
    isSpan: endDate !== undefined,
    index: 0,
    ...rest,
  };
}

/**
 * vis-timeline's own groups example (test/fixtures/formats), converted and parsed: groups
 * `first`, `third` and `second` (in that order), six items, each in one of them.
 */
export function groupedDataset(): Dataset {
  const converted = convertAny(JSON.stringify(visGroupsJson), 'vis-groups-ordering.json');
  if ('problems' in converted) throw new Error(converted.problems.join('\n'));
  const result = parseDataset(converted.dataset);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

/** Any valid partial date, 9999 BCE to 9999 CE, at any precision. */
export const anyPartialDate = fc
  .record({
    year: fc.integer({ min: MIN_YEAR, max: MAX_YEAR }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    precision: fc.constantFrom<Precision>('year', 'month', 'day', 'minute', 'second'),
  })
  .map(({ year, month, day, hour, minute, second, precision }): PartialDate => {
    const d = Math.min(day, daysInMonth(year, month));
    if (precision === 'year') return { year, precision };
    if (precision === 'month') return { year, month, precision };
    if (precision === 'day') return { year, month, day: d, precision };
    if (precision === 'minute') return { year, month, day: d, hour, minute, precision };
    return { year, month, day: d, hour, minute, second, precision };
  });
