// @vitest-environment node
// A dataset worker the head script started before the bundle ran: the loader takes it over,
// hearing first what it said while nobody listened, then what it says next.
import { describe, expect, it } from 'vitest';
import type { EarlyWorker } from '../../src/boot/datasetPrefetch';
import { datasetMessage } from '../../src/io/datasetTransfer';
import { loadDataset } from '../../src/io/loadDataset';
import { readStory } from '../../src/io/readStory';
import { bundledJsonCopy } from './testData';

/** What a browser's Worker gives the loader: its handlers, and terminate. */
class StandInWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessageerror: ((event: Event) => void) | null = null;
  terminated = false;
  terminate() {
    this.terminated = true;
  }
  say(data: unknown) {
    this.onmessage?.({ data });
  }
}

function earlyWorker(said: unknown[] = [], failed = false) {
  const worker = new StandInWorker();
  const early = { worker: worker as unknown as Worker, said, failed } satisfies EarlyWorker;
  return { worker, early };
}

async function bundledMessage() {
  const read = await readStory(JSON.stringify(bundledJsonCopy()));
  if (!read.ok) throw new Error('the bundled story should read');
  return { message: datasetMessage(read.dataset).message, dataset: read.dataset };
}

const progress = { type: 'progress', read: 10, total: 20, stage: 'reading' };

describe('loading from a worker the head script started', () => {
  it('hears what it said before anyone listened, in order, and stops it', async () => {
    const { message, dataset } = await bundledMessage();
    const { worker, early } = earlyWorker([progress, message]);
    const heard: unknown[] = [];
    const result = await loadDataset(early, { onProgress: (p) => heard.push(p) });
    expect(heard).toEqual([{ read: 10, total: 20, stage: 'reading' }]);
    expect(result.ok && result.dataset.events.map((e) => e.title)).toEqual(
      dataset.events.map((e) => e.title),
    );
    expect(worker.terminated).toBe(true);
  });

  it('goes on listening when the answer is still to come', async () => {
    const { message } = await bundledMessage();
    const { worker, early } = earlyWorker([progress]);
    const load = loadDataset(early);
    expect(worker.terminated).toBe(false);
    worker.say(message);
    expect((await load).ok).toBe(true);
    expect(worker.terminated).toBe(true);
  });

  it('passes on the problems it found', async () => {
    const errors = [{ path: 'events[0].date', message: 'is not a date' }];
    const { early } = earlyWorker([{ type: 'failed', errors }]);
    expect(await loadDataset(early)).toEqual({ ok: false, errors });
  });

  it('says the loader stopped when the worker failed before it was taken over', async () => {
    const { worker, early } = earlyWorker([progress], true);
    const result = await loadDataset(early);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]!.message).toMatch(/the loader stopped/);
    expect(worker.terminated).toBe(true);
  });

  it('stops the worker on Cancel', async () => {
    const { worker, early } = earlyWorker([progress]);
    const controller = new AbortController();
    const load = loadDataset(early, { signal: controller.signal });
    controller.abort();
    await expect(load).rejects.toBeDefined();
    expect(worker.terminated).toBe(true);
  });
});
