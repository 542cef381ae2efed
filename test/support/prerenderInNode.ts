import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PageLocation } from '../../src/hooks/useLinkState';

// As strings: under jsdom, `URL` is jsdom's, which node:url does not take.
const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url).href);

/** src/build/prerenderApp.tsx's HTML for each location, rendered in Node as the build does. */
export function prerenderInNode(locations: PageLocation[]): Promise<string[]> {
  const worker = new Worker(path('./prerenderWorker.mjs'), {
    workerData: { root: path('../../'), locations },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`prerender worker exited with ${code}`)));
  });
}
