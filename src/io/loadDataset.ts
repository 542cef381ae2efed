import type { EarlyWorker } from '../boot/datasetPrefetch';
import type { ParseResult } from '../domain/parseDataset';
import { datasetFromMessage } from './datasetTransfer';
import { bodyOf, fetchBody } from './fetchBody';
import { declaredSizeProblem, PROGRESS_FROM_BYTES, type LoadProgress } from './limits';
import { readLimitedText } from './readLimitedText';
import { readStory } from './readStory';
import { isFromWorker, type ToWorker } from './workerProtocol';

/**
 * A URL to fetch (`?data=`), a load the head script began (its dataset worker, or its download:
 * src/boot/datasetPrefetch.ts), or an opened file.
 */
export type DatasetSource = string | EarlyWorker | Response | Promise<Response> | Blob;

export interface LoadOptions {
  /** Labels an imported story (a file name); never picks the format. */
  name?: string;
  /** Cancel: aborts the download and terminates the worker; the promise then rejects. */
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
}

const fail = (message: string): ParseResult => ({
  ok: false,
  errors: [{ path: '(file)', message }],
});

const canUseWorker = () => typeof Worker !== 'undefined';

/**
 * Any dataset, checked like any outside input and refused past the limits (src/io/limits.ts),
 * parsed off the main thread (CONTRACT §10): a URL is fetched by the dataset worker itself; a
 * response handed in (a prefetch) or a file over 1 MB is streamed to it. Only small files and
 * browsers without workers are read here. Resolves with the dataset or its problems; rejects
 * only when `signal` aborts.
 */
export async function loadDataset(
  source: DatasetSource,
  options: LoadOptions = {},
): Promise<ParseResult> {
  const { name, signal } = options;
  if (source instanceof Blob) return loadFile(source, options);
  if (isEarlyWorker(source)) return watchWorker(source, options);
  if (typeof source === 'string' && canUseWorker()) {
    // The worker's own address is its base: hand it an absolute URL.
    const url = new URL(source, document.baseURI).href;
    return readInWorker({ type: 'fetch', name, url }, options);
  }
  const body = typeof source === 'string' ? await fetchBody(source, signal) : await bodyOf(source);
  if (!body.ok) return fail(body.message);
  const { stream, total } = body;
  if (!stream) return readStory('', name);
  const small = total !== null && total <= PROGRESS_FROM_BYTES;
  if (small || !canUseWorker()) return readHere(stream, total, options);
  return readInWorker({ type: 'read', name, total, stream }, options);
}

async function loadFile(file: Blob, options: LoadOptions): Promise<ParseResult> {
  const tooBig = declaredSizeProblem(file.size);
  if (tooBig) return fail(tooBig);
  if (file.size > PROGRESS_FROM_BYTES && canUseWorker()) {
    return readInWorker(
      { type: 'read', name: options.name, total: file.size, blob: file },
      options,
    );
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail('could not be read');
  }
  return readStory(text, options.name);
}

/** Small bodies, and browsers without workers: the same checks, on this thread. */
async function readHere(
  stream: ReadableStream<Uint8Array>,
  total: number | null,
  { name, onProgress }: LoadOptions,
): Promise<ParseResult> {
  const read = await readLimitedText(stream, {
    onBytes: (bytes) => onProgress?.({ read: bytes, total, stage: 'reading' }),
  });
  return read.ok ? readStory(read.text, name) : fail(read.message);
}

const isEarlyWorker = (source: DatasetSource): source is EarlyWorker =>
  typeof source === 'object' && 'worker' in source && 'said' in source;

async function readInWorker(message: ToWorker, options: LoadOptions): Promise<ParseResult> {
  if (options.signal?.aborted) throw options.signal.reason;
  // Vite bundles the worker as its own chunk, fetched only now.
  const worker = new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module' });
  if (message.type !== 'read' || 'blob' in message) {
    worker.postMessage(message);
  } else {
    try {
      worker.postMessage(message, [message.stream]);
    } catch {
      // A browser that can't hand a stream to a worker reads it here, as before workers.
      worker.terminate();
      return readHere(message.stream, message.total, options);
    }
  }
  return watchWorker({ worker, said: [], failed: false }, options);
}

/**
 * The worker's answer, from what it said before we listened (a worker the head script started)
 * on; the worker is terminated once it has answered, or on abort.
 */
function watchWorker({ worker, said, failed }: EarlyWorker, { signal, onProgress }: LoadOptions) {
  return new Promise<ParseResult>((resolve, reject) => {
    if (signal?.aborted) {
      worker.terminate();
      return reject(signal.reason);
    }
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const finish = (result: ParseResult | Promise<ParseResult>) => {
      stop();
      resolve(result);
    };
    // Terminating the worker also aborts its download.
    const onAbort = () => {
      stop();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort);

    const hear = (data: unknown) => {
      if (!isFromWorker(data)) return;
      if (data.type === 'progress') {
        onProgress?.({ read: data.read, total: data.total, stage: data.stage });
      } else if (data.type === 'failed') {
        finish({ ok: false, errors: data.errors });
      } else {
        try {
          const dataset = datasetFromMessage(data);
          // For the benchmark: where loading ends and drawing begins.
          performance.mark('dataset-loaded');
          finish({ ok: true, dataset });
        } catch (error) {
          finish(fail(`could not be read (${String(error)})`));
        }
      }
    };
    const stopped = (event?: Event) => {
      event?.preventDefault();
      finish(fail('could not be read: the loader stopped (the browser may be out of memory)'));
    };
    worker.onmessage = ({ data }: MessageEvent<unknown>) => hear(data);
    worker.onerror = stopped;
    worker.onmessageerror = stopped;
    for (const data of said) hear(data);
    if (failed) stopped();
  });
}
