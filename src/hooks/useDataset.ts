import { startTransition, useEffect, useState } from 'react';
import bundledJson from 'virtual:bundled-dataset';
import { takeDatasetPrefetch } from '../boot/datasetPrefetch';
import { datasetFromJson } from '../domain/datasetFromJson';
import type { LoadProgress } from '../io/limits';
import type { Dataset, DatasetError } from '../domain/types';

export type DatasetState =
  | { status: 'loading'; url: string; progress?: LoadProgress }
  | { status: 'ready'; dataset: Dataset; url?: string }
  | { status: 'error'; url: string; errors: DatasetError[] };

// Checked by the build (vite.config.ts), which refuses a bundled story that breaks the schema.
export const BUNDLED_DATASET: Dataset = datasetFromJson(bundledJson);

/**
 * The bundled dataset, or the one at `url` (?data=), loaded like any outside input (big ones in
 * a worker, with progress). Changing `url` (or dropping it: Cancel) aborts a load in flight.
 */
export function useDataset(url: string | undefined): DatasetState {
  const [loaded, setLoaded] = useState<DatasetState | null>(null);
  const [progress, setProgress] = useState<{ url: string; progress: LoadProgress } | null>(null);

  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    // The head script may have started this very load before the bundle arrived.
    const prefetched = takeDatasetPrefetch(url);
    if (prefetched) controller.signal.addEventListener('abort', prefetched.abort);
    // The loader (and its worker) is for readers who bring a dataset: fetched on demand.
    import('../io/loadDataset')
      .then(({ loadDataset }) =>
        loadDataset(prefetched?.worker ?? prefetched?.response ?? url, {
          name: url.split('/').pop(),
          signal: controller.signal,
          onProgress: (now) => setProgress({ url, progress: now }),
        }),
      )
      .then(
        (result) => {
          if (controller.signal.aborted) return;
          // A transition: the first render of a big dataset yields to the browser between
          // components, so the page answers input while it is built.
          startTransition(() =>
            setLoaded(
              result.ok
                ? { status: 'ready', dataset: result.dataset, url }
                : { status: 'error', url, errors: result.errors },
            ),
          );
        },
        (error: unknown) => {
          if (!controller.signal.aborted)
            setLoaded({ status: 'error', url, errors: [{ path: url, message: String(error) }] });
        },
      );
    return () => controller.abort();
  }, [url]);

  if (!url) return { status: 'ready', dataset: BUNDLED_DATASET };
  if (!loaded || loaded.url !== url) {
    return {
      status: 'loading',
      url,
      progress: progress?.url === url ? progress.progress : undefined,
    };
  }
  return loaded;
}
