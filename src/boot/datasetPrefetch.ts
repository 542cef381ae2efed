/**
 * A `?data=` dataset already on its way: the head script starts the download as soon as the
 * HTML is parsed, and the app's loader takes it over instead of fetching again. What is handed
 * over is the Response (as a promise), unread, so whoever parses it (the main thread or a
 * worker) gets the body as a stream.
 */
export interface DatasetPrefetch {
  url: string;
  response: Promise<Response>;
  /** Stop the download: the reader left, or the loader gave up on it. */
  abort: () => void;
}

declare global {
  interface Window {
    __datasetPrefetch?: DatasetPrefetch;
  }
}

/**
 * Start fetching `url` exactly as the loader would (same credentials), and leave it on `window`.
 * Runs as head-script source text (src/build/headScript.ts): only its argument and globals.
 */
export function prefetchDataset(url: string | undefined): void {
  if (url === undefined) return;
  const controller = new AbortController();
  const response = fetch(url, { credentials: 'same-origin', signal: controller.signal });
  // Until the loader takes it, a failed download must not count as an unhandled rejection;
  // the loader still sees the failure on `response` itself.
  response.catch(() => undefined);
  window.__datasetPrefetch = { url, response, abort: () => controller.abort() };
}

/** The prefetched download of `url`, handed over once (a second call finds nothing). */
export function takeDatasetPrefetch(url: string): DatasetPrefetch | undefined {
  const prefetch = window.__datasetPrefetch;
  delete window.__datasetPrefetch;
  if (prefetch?.url === url) return prefetch;
  prefetch?.abort();
  return undefined;
}
