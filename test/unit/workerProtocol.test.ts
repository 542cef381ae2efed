// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/types';
import { datasetMessage } from '../../src/io/datasetTransfer';
import {
  isFromWorker,
  requestInAddress,
  throttleLatest,
  type FromWorker,
} from '../../src/io/workerProtocol';

const WELL_FORMED: FromWorker[] = [
  { type: 'progress', read: 1_000, total: null, stage: 'reading' },
  { type: 'progress', read: 1_000, total: 5_000, stage: 'checking' },
  { type: 'failed', errors: [{ path: 'events[0].date', message: 'expected …' }] },
  datasetMessage({
    title: 't',
    range: { start: 0, end: 1, startYear: 1970, endYear: 1970 },
    people: [],
    sources: [],
    eras: [],
    groups: [],
    events: [],
  } as unknown as Dataset).message,
];

describe('isFromWorker', () => {
  it.each(WELL_FORMED.map((m) => [m.type, m]))('accepts a %s message', (_, message) => {
    expect(isFromWorker(message)).toBe(true);
    // As postMessage hands it over: a copy.
    expect(isFromWorker(structuredClone(message))).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'done'],
    ['an unknown type', { type: 'ready' }],
    ['a name from Object.prototype', { type: 'toString' }],
    ['progress without a count', { type: 'progress', total: null, stage: 'reading' }],
    ['progress with a text total', { type: 'progress', read: 1, total: '5', stage: 'reading' }],
    ['progress in an unknown stage', { type: 'progress', read: 1, total: null, stage: 'x' }],
    ['failed without errors', { type: 'failed' }],
    ['a dataset without events', { type: 'dataset', header: {} }],
    ['a dataset whose header is null', { type: 'dataset', header: null, events: { count: 0 } }],
    ['a dataset whose events are not columns', { type: 'dataset', header: {}, events: [] }],
    ['a dataset whose events are null', { type: 'dataset', header: {}, events: null }],
  ])('refuses %s', (_, data) => expect(isFromWorker(data)).toBe(false));

  it('never throws, whatever arrives', () => {
    fc.assert(fc.property(fc.anything(), (data) => void isFromWorker(data)));
  });
});

describe('throttleLatest', () => {
  /** A clock the test moves by hand. */
  function manualClock() {
    let now = 0;
    let pending: { at: number; run: () => void } | null = null;
    return {
      clock: {
        now: () => now,
        setTimeout: (run: () => void, ms: number) => (pending = { at: now + ms, run }),
        clearTimeout: () => void (pending = null),
      },
      advance(to: number) {
        now = to;
        if (pending && pending.at <= now) {
          const { run } = pending;
          pending = null;
          run();
        }
      },
    };
  }

  it('sends the first value at once, then at most one per interval, the latest', () => {
    const sent: number[] = [];
    const time = manualClock();
    const progress = throttleLatest(100, (n: number) => sent.push(n), time.clock);
    progress.push(1);
    expect(sent).toEqual([1]);
    time.advance(30);
    progress.push(2);
    time.advance(60);
    progress.push(3);
    expect(sent).toEqual([1]);
    time.advance(100);
    expect(sent).toEqual([1, 3]);
    time.advance(250);
    progress.push(4);
    expect(sent).toEqual([1, 3, 4]);
  });

  it('sends the last value even when nothing follows it (a stalled download)', () => {
    const sent: number[] = [];
    const time = manualClock();
    const progress = throttleLatest(100, (n: number) => sent.push(n), time.clock);
    progress.push(1);
    time.advance(10);
    progress.push(2);
    time.advance(5_000);
    expect(sent).toEqual([1, 2]);
  });

  it('drops a pending value once cancelled', () => {
    const sent: number[] = [];
    const time = manualClock();
    const progress = throttleLatest(100, (n: number) => sent.push(n), time.clock);
    progress.push(1);
    time.advance(10);
    progress.push(2);
    progress.cancel();
    time.advance(5_000);
    expect(sent).toEqual([1]);
  });
});

describe('requestInAddress', () => {
  it('reads back any URL and name put in a worker address as the head script puts them', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.string(),
        (url, name) => {
          const address = new URL('https://example.org/assets/datasetWorker-abc.js');
          address.hash = new URLSearchParams({ url, name }).toString();
          expect(requestInAddress(address.hash)).toEqual({
            type: 'fetch',
            url,
            name: name === '' ? undefined : name,
          });
        },
      ),
    );
  });

  it('finds no request in an address without a URL', () => {
    for (const hash of ['', '#', '#name=a.json', '#url='])
      expect(requestInAddress(hash)).toBeUndefined();
  });
});
