// @vitest-environment node
// The loader's checks before and after reading, where no worker exists (Node, as in a browser
// without workers): the same limits and messages as the worker path.
import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../src/io/fetchBody';
import { loadDataset } from '../../src/io/loadDataset';
import { readStory } from '../../src/io/readStory';
import { bundledJsonCopy } from './testData';

const bundledText = JSON.stringify(bundledJsonCopy());

/** A body that records whether the reader cancelled it. */
function watchedBody(text: string) {
  const state = { cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

describe('bodyOf', () => {
  it('refuses a declared length past the limit before reading, and cancels the download', async () => {
    const { stream, state } = watchedBody('[');
    const response = new Response(stream, { headers: { 'content-length': '3200000000' } });
    expect(await bodyOf(response)).toEqual({
      ok: false,
      message: 'is 3.2 GB; this app opens datasets up to 150 MB',
    });
    expect(state.cancelled).toBe(true);
  });

  it('says what the server answered', async () => {
    const response = new Response('gone', { status: 404, statusText: 'Not Found' });
    expect(await bodyOf(response)).toEqual({
      ok: false,
      message: 'the server answered 404 Not Found',
    });
  });

  it('turns a network failure into a message, but lets an abort through', async () => {
    expect(await bodyOf(Promise.reject(new TypeError('Failed to fetch')))).toEqual({
      ok: false,
      message: 'could not be fetched (network error, or the server does not allow it)',
    });
    const controller = new AbortController();
    controller.abort();
    await expect(
      bodyOf(Promise.reject(controller.signal.reason), controller.signal),
    ).rejects.toThrow();
  });

  it('hands over the body and its total', async () => {
    const body = await bodyOf(new Response('{}', { headers: { 'content-length': '2' } }));
    expect(body).toMatchObject({ ok: true, total: 2 });
  });
});

describe('loadDataset without a worker', () => {
  it('reads a response handed in (a prefetch) like a fetched one', async () => {
    const result = await loadDataset(Promise.resolve(new Response(bundledText)));
    expect(result).toEqual(await readStory(bundledText));
  });

  it('reads a file', async () => {
    const result = await loadDataset(new Blob([bundledText]), { name: 'story.json' });
    expect(result.ok && result.dataset.events).toHaveLength(10);
  });

  it('reports progress in bytes, with the total when the server gave one', async () => {
    const seen: unknown[] = [];
    const response = new Response(bundledText, {
      headers: { 'content-length': String(new TextEncoder().encode(bundledText).length) },
    });
    await loadDataset(response, { onProgress: (p) => seen.push(p) });
    const bytes = new TextEncoder().encode(bundledText).length;
    expect(seen.at(-1)).toEqual({ read: bytes, total: bytes, stage: 'reading' });
  });

  it('hands back the places a refused dataset names', async () => {
    const result = await loadDataset(new Response('{"range": {}, "events": 3}'));
    expect(!result.ok && result.errors.map((e) => e.path)).toContain('events');
  });
});

describe('readStory counts events before checking them', () => {
  const limits = { maxBytes: 1e9, maxEvents: 9 };

  it('refuses our own format past the event limit, naming it', async () => {
    expect(await readStory(bundledText, undefined, limits)).toEqual({
      ok: false,
      errors: [
        { path: 'events', message: 'has 10 events; this app opens datasets of up to 9 events' },
      ],
    });
    expect((await readStory(bundledText, undefined, { ...limits, maxEvents: 10 })).ok).toBe(true);
  });

  it('refuses an imported format past the event limit', async () => {
    const csv = ['Year,Headline', ...Array.from({ length: 10 }, (_, i) => `${2000 + i},E${i}`)];
    const result = await readStory(csv.join('\n'), 'ten.csv', limits);
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'events', message: 'has 10 events; this app opens datasets of up to 9 events' },
      ],
    });
  });
});
