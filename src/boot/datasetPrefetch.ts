/**
 * A `?data=` dataset already on its way before the bundle runs, for the app's loader to take over
 * instead of starting again. In the build the head script starts the dataset worker itself, so
 * the download, the parse and the checks all run while the bundle is still arriving and booting;
 * where it can't (the dev server, which has no worker file yet; a browser without module
 * workers), it starts the download, and hands over the Response unread, so whoever parses it
 * (the main thread or a worker) gets the body as a stream.
 */
export interface DatasetPrefetch {
  url: string;
  /** The dataset worker, reading `url`, with everything it said before the loader took it. */
  worker?: EarlyWorker;
  /** The download, when there is no worker. */
  response?: Promise<Response>;
  /** Stop it: the reader left, or the loader gave up on it. */
  abort: () => void;
}

export interface EarlyWorker {
  worker: Worker;
  /** Its messages so far, in order: a worker's message with no listener would be lost. */
  said: unknown[];
  /** Whether it failed to start or run (its error event). */
  failed: boolean;
}

declare global {
  interface Window {
    __datasetPrefetch?: DatasetPrefetch;
  }
}

/**
 * Start loading `url` exactly as the loader would: the dataset worker at `workerUrl` (relative
 * to the page) fetching it, else a fetch with the same credentials; and leave it on `window`.
 * Runs as head-script source text (src/build/headScript.ts): only its arguments and globals.
 */
export function prefetchDataset(url: string | undefined, workerUrl?: string): void {
  if (url === undefined) return;
  if (workerUrl !== undefined && typeof Worker !== 'undefined') {
    try {
      // What to load is in the worker's own address (src/io/workerProtocol.ts,
      // requestInAddress): a message would wait for this thread to pass it on, and it is about
      // to be busy booting the app.
      const address = new URL(workerUrl, document.baseURI);
      const request = {
        url: new URL(url, document.baseURI).href,
        name: url.split('/').pop() ?? '',
      };
      address.hash = new URLSearchParams(request).toString();
      const worker = new Worker(address, { type: 'module' });
      const early: EarlyWorker = { worker, said: [], failed: false };
      worker.onmessage = (event) => early.said.push(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        early.failed = true;
      };
      window.__datasetPrefetch = { url, worker: early, abort: () => worker.terminate() };
      return;
    } catch {
      // No module workers here: download only, as below.
    }
  }
  const controller = new AbortController();
  const response = fetch(url, { credentials: 'same-origin', signal: controller.signal });
  // Until the loader takes it, a failed download must not count as an unhandled rejection;
  // the loader still sees the failure on `response` itself.
  response.catch(() => undefined);
  window.__datasetPrefetch = { url, response, abort: () => controller.abort() };
}

/** The prefetched load of `url`, handed over once (a second call finds nothing). */
export function takeDatasetPrefetch(url: string): DatasetPrefetch | undefined {
  const prefetch = window.__datasetPrefetch;
  delete window.__datasetPrefetch;
  if (prefetch?.url === url) return prefetch;
  prefetch?.abort();
  return undefined;
}
