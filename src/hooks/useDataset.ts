import { useEffect, useState } from 'react';
import bundledJson from '../data/kim-kanye.json';
import { takeDatasetPrefetch } from '../boot/datasetPrefetch';
import { parseDataset } from '../domain/parseDataset';
import { readStory } from '../io/readStory';
import type { Dataset, DatasetError } from '../domain/types';

export type DatasetState =
  | { status: 'loading'; url: string }
  | { status: 'ready'; dataset: Dataset; url?: string }
  | { status: 'error'; url: string; errors: DatasetError[] };

const bundled = parseDataset(bundledJson);
if (!bundled.ok) {
  // The build and the unit tests check the bundled dataset; reaching this is a packaging bug.
  throw new Error(
    `Bundled dataset is invalid: ${bundled.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
  );
}
export const BUNDLED_DATASET: Dataset = bundled.dataset;

/** The bundled dataset, or the one at `url` (?data=), fetched and validated like any outside input. */
export function useDataset(url: string | undefined): DatasetState {
  const [loaded, setLoaded] = useState<DatasetState | null>(null);

  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    loadDataset(url, controller.signal).then(
      (state) => setLoaded(state),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setLoaded({ status: 'error', url, errors: [{ path: url, message: String(error) }] });
      },
    );
    return () => controller.abort();
  }, [url]);

  if (!url) return { status: 'ready', dataset: BUNDLED_DATASET };
  if (!loaded || loaded.url !== url) return { status: 'loading', url };
  return loaded;
}

async function loadDataset(url: string, signal: AbortSignal): Promise<DatasetState> {
  const fail = (message: string): DatasetState => ({
    status: 'error',
    url,
    errors: [{ path: '(file)', message }],
  });
  // The head script may have started this very download before the bundle arrived.
  const prefetched = takeDatasetPrefetch(url);
  if (prefetched) signal.addEventListener('abort', prefetched.abort);
  let response: Response;
  try {
    response = await (prefetched?.response ?? fetch(url, { signal, credentials: 'same-origin' }));
  } catch {
    return fail(`could not be fetched (network error, or the server does not allow it)`);
  }
  if (!response.ok)
    return fail(`the server answered ${response.status} ${response.statusText}`.trim());
  let text: string;
  try {
    text = await response.text();
  } catch {
    return fail('could not be read');
  }
  const result = await readStory(text, url.split('/').pop());
  return result.ok
    ? { status: 'ready', dataset: result.dataset, url }
    : { status: 'error', url, errors: result.errors };
}
