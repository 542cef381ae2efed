/**
 * What the app opens (CONTRACT §10, stated in the README): past these, a dataset is refused
 * with a message that names the limit, before the tab runs out of memory.
 *
 * Measured with Debian's Chromium on the 2-core test machine: 400,000, 600,000 and 800,000
 * benchmark events (230, 346 and 461 MB of JSON) load through the worker and draw, the page's
 * heap then holding 430, 645 and 850 MB; no body over ~536 MB could become one string in V8 at
 * all. The limits leave a threefold margin, for phones and for stories with longer texts;
 * 250,000 benchmark events are 144 MB, so either limit can be the one reached.
 */
export const LIMITS = {
  /** Events in one dataset. */
  maxEvents: 250_000,
  /** Bytes of one file or response, as read (after any transfer encoding is undone). */
  maxBytes: 150_000_000,
} as const;

export type Limits = { maxEvents: number; maxBytes: number };

/** From this size on, a load shows its progress (and a Cancel) and is parsed in a worker. */
export const PROGRESS_FROM_BYTES = 1_000_000;

const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/** Decimal units, as file managers and download bars show sizes: "12.3 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  let unit = 0;
  // Move up a unit when the one-decimal figure would read 1000.0 (999,999 bytes is "1.0 MB").
  while (unit < UNITS.length - 1 && bytes / 1000 ** (unit + 1) >= 999.95) unit++;
  return `${(bytes / 1000 ** (unit + 1)).toFixed(1)} ${UNITS[unit]}`;
}

/** A limit is a round number: "150 MB", not "150.0 MB". */
const round = (bytes: number) => formatBytes(bytes).replace('.0 ', ' ');
const upTo = (limits: Limits) => `this app opens datasets up to ${round(limits.maxBytes)}`;

/** A size the server or the file system states before reading: refuse it at once when too big. */
export function declaredSizeProblem(bytes: number | null, limits: Limits = LIMITS): string | null {
  return bytes !== null && bytes > limits.maxBytes
    ? `is ${formatBytes(bytes)}; ${upTo(limits)}`
    : null;
}

/** Bytes counted while reading a body of unknown length: stop as soon as this says so. */
export function readSizeProblem(bytesRead: number, limits: Limits = LIMITS): string | null {
  return bytesRead > limits.maxBytes
    ? `reading stopped at ${formatBytes(bytesRead)}; ${upTo(limits)}`
    : null;
}

/** Counted after parsing and before checking every event, which is what takes the memory. */
export function eventCountProblem(count: number, limits: Limits = LIMITS): string | null {
  return count > limits.maxEvents
    ? `has ${count.toLocaleString('en')} events; this app opens datasets of up to ${limits.maxEvents.toLocaleString('en')} events`
    : null;
}

/**
 * A `Content-Length` as bytes, or null when absent or unusable. With a content encoding
 * (gzip), the length counts compressed bytes: still a lower bound worth refusing on, but not a
 * total for the progress bar, which counts what is read.
 */
export function declaredLength(headers: Headers): { bytes: number | null; isTotal: boolean } {
  const text = headers.get('content-length');
  const bytes = text !== null && /^\d+$/.test(text.trim()) ? Number(text) : null;
  const encoding = headers.get('content-encoding');
  const isTotal = bytes !== null && (!encoding || encoding.trim().toLowerCase() === 'identity');
  return { bytes, isTotal };
}

/** Where a load stands, for the progress bar. */
export interface LoadProgress {
  /** Bytes read so far. */
  read: number;
  /** The whole size, when known. */
  total: number | null;
  /** `checking`: every byte is in; the worker parses and checks. */
  stage: 'reading' | 'checking';
}

/** Only a big load shows a progress bar: a small one is over before a bar could be read. */
export function showsProgress(progress: LoadProgress | undefined): progress is LoadProgress {
  return (
    progress !== undefined && Math.max(progress.read, progress.total ?? 0) > PROGRESS_FROM_BYTES
  );
}

/** "12.3 MB of 40.0 MB", or "12.3 MB read" when the size is not known (or was wrong). */
export function progressText({ read, total }: Pick<LoadProgress, 'read' | 'total'>): string {
  return total !== null && read <= total
    ? `${formatBytes(read)} of ${formatBytes(total)}`
    : `${formatBytes(read)} read`;
}
