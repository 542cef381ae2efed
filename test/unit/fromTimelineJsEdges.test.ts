// @vitest-environment node
// The corners of TimelineJS's format: files that are not one, eras, empty end dates and ids.
import { describe, expect, it } from 'vitest';
import { fromTimelineJs } from '../../src/formats/fromTimelineJs';

const problemsOf = (json: unknown) => {
  const result = fromTimelineJs(json);
  return 'problems' in result ? result.problems : [];
};

const datasetOf = (json: unknown) => {
  const result = fromTimelineJs(json);
  if ('problems' in result) throw new Error(result.problems.join('\n'));
  return result.dataset;
};

const event = (year: number, extra: object = {}) => ({
  start_date: { year },
  text: { headline: `In ${year}` },
  ...extra,
});

describe('fromTimelineJs file shapes', () => {
  it('refuses what is not a TimelineJS object, or has no events to show', () => {
    const notOne = ['(root): expected a TimelineJS object with "events"'];
    expect(problemsOf([event(2014)])).toEqual(notOne);
    expect(problemsOf(null)).toEqual(notOne);
    expect(problemsOf('{}')).toEqual(notOne);
    expect(problemsOf({ events: { 0: event(2014) } })).toEqual([
      'events: expected a list of events',
    ]);
    expect(problemsOf({})).toEqual(['events: no events to show']);
    expect(problemsOf({ events: [] })).toEqual(['events: no events to show']);
  });

  it('reads eras with their headline, and names an era that is not one', () => {
    const dataset = datasetOf({
      events: [event(2014)],
      eras: [
        { start_date: { year: 2010 }, end_date: { year: 2012 }, text: { headline: 'Early' } },
        { start_date: { year: 2013 }, end_date: { year: 2013 } },
      ],
    });
    expect(dataset.eras).toEqual([
      { id: 'early', title: 'Early', start: '2010', end: '2012', sources: ['imported'] },
      expect.objectContaining({ start: '2013', end: '2013' }),
    ]);
    expect(
      problemsOf({
        events: [event(2014)],
        eras: [
          'late',
          { start_date: { year: 2010 } },
          { start_date: { year: 2010 }, end_date: {} },
        ],
      }),
    ).toEqual([
      'eras[0]: expected an era object',
      'eras[1].end_date: required',
      'eras[2].end_date: required',
    ]);
  });

  it('reads an empty end_date as a point, and refuses an end before the start', () => {
    const dataset = datasetOf({ events: [event(2014, { end_date: {} })] });
    expect(dataset.events[0]!.end).toBeUndefined();
    expect(
      problemsOf({ events: [event(2014, { end_date: { year: 2013 } }), event(2015)] }),
    ).toEqual(['events[0].end_date: must not be before start_date']);
    expect(problemsOf({ events: [{ text: { headline: 'Undated' } }] })).toEqual([
      'events[0].start_date: required',
    ]);
  });

  it('takes unique_id trimmed as the event id, and a blank one as none', () => {
    const dataset = datasetOf({
      events: [
        event(2014, { unique_id: '  the-day  ' }),
        event(2015, { unique_id: '   ' }),
        event(2016, { unique_id: 7 }),
      ],
    });
    expect(dataset.events.map((e) => e.id)).toEqual(['the-day', 'in-2015', '7']);
  });
});
