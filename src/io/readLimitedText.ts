import { LIMITS, readSizeProblem, type Limits } from './limits';

export type ReadOutcome = { ok: true; text: string } | { ok: false; message: string };

interface ReadOptions {
  /** Called after every chunk with the bytes read so far. */
  onBytes?: (read: number) => void;
  limits?: Limits;
}

/**
 * A body as text, counted as it arrives: past the byte limit it cancels the stream (which
 * aborts the download) and says so, so a response of several gigabytes sent without a length
 * is never held in memory. Decodes UTF-8 as `Response.text()` does (a BOM dropped, bad bytes
 * replaced), chunk by chunk so a character split between two chunks comes out whole.
 */
export async function readLimitedText(
  stream: ReadableStream<Uint8Array>,
  { onBytes, limits = LIMITS }: ReadOptions = {},
): Promise<ReadOutcome> {
  const reader = stream.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let read = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      read += value.byteLength;
      onBytes?.(read);
      const tooBig = readSizeProblem(read, limits);
      if (tooBig) {
        void reader.cancel().catch(() => {});
        return { ok: false, message: tooBig };
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
  } catch {
    return { ok: false, message: 'could not be read (the connection was lost)' };
  }
  parts.push(decoder.decode());
  return { ok: true, text: parts.join('') };
}
