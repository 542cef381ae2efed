import type { DatasetError } from '../domain/types';
import type { DatasetMessage } from './datasetTransfer';

/**
 * What the page and the dataset worker say to each other (ARCHITECTURE.md, "Loading in a
 * worker"). One load per worker: the page sends `read`, the worker answers with progress, then
 * either `failed` or the `dataset` (its events in columns), and is terminated.
 */

/**
 * Page → worker: what to read. A URL the worker fetches itself (the body then never passes
 * through the page), a response body handed over (a transferred stream), or a file (a Blob
 * clones cheaply: its bytes stay where they are).
 */
export type ToWorker =
  | { type: 'fetch'; name?: string; url: string }
  | { type: 'read'; name?: string; total: number | null; stream: ReadableStream<Uint8Array> }
  | { type: 'read'; name?: string; total: number | null; blob: Blob };

/**
 * The request a worker was started with in its address's fragment (the head script starts the
 * dataset worker this way, src/boot/datasetPrefetch.ts, so the worker need not wait for a message
 * the busy page would pass on late): `#url=<absolute URL>&name=<label>`. None without a URL.
 */
export function requestInAddress(hash: string): ToWorker | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const url = params.get('url');
  if (!url) return undefined;
  return { type: 'fetch', url, name: params.get('name') || undefined };
}

/** Worker → page. */
export type FromWorker =
  | { type: 'progress'; read: number; total: number | null; stage: 'reading' | 'checking' }
  | { type: 'failed'; errors: DatasetError[] }
  | DatasetMessage;

const SHAPES: Record<FromWorker['type'], (m: Record<string, unknown>) => boolean> = {
  progress: (m) =>
    typeof m.read === 'number' &&
    (m.total === null || typeof m.total === 'number') &&
    (m.stage === 'reading' || m.stage === 'checking'),
  failed: (m) => Array.isArray(m.errors),
  dataset: (m) =>
    typeof m.header === 'object' &&
    m.header !== null &&
    typeof m.events === 'object' &&
    m.events !== null &&
    typeof (m.events as Record<string, unknown>).count === 'number',
};

/**
 * A message's outline checked before the page acts on it: the worker is ours and its data was
 * validated there, so this guards against a mix-up (a stray message, a half-built protocol
 * change), not an attacker.
 */
export function isFromWorker(data: unknown): data is FromWorker {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  const shape = SHAPES[message.type as FromWorker['type']];
  return Object.hasOwn(SHAPES, String(message.type)) && shape(message);
}

interface Clock {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (timer: unknown) => void;
}

const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/**
 * Progress at most every `intervalMs`, so a fast network does not flood the page with messages
 * (each is a task and a render there); the latest value is always sent in the end, so a stalled
 * download shows what did arrive. `cancel` drops a pending send (the reading is over).
 */
export function throttleLatest<T>(intervalMs: number, send: (value: T) => void, clock = realClock) {
  let last = -Infinity;
  let latest: T;
  let timer: unknown;
  const flush = () => {
    timer = undefined;
    last = clock.now();
    send(latest);
  };
  return {
    push(value: T) {
      latest = value;
      if (timer !== undefined) return;
      const wait = last + intervalMs - clock.now();
      if (wait <= 0) flush();
      else timer = clock.setTimeout(flush, wait);
    },
    cancel() {
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
    },
  };
}
