// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readLimitedText } from '../../src/io/readLimitedText';

const bytes = (text: string) => new TextEncoder().encode(text);

/** A stream of the given chunks; `pulled` counts the chunks the reader asked for. */
function streamOf(chunks: Uint8Array[]) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = chunks[state.pulled++];
        if (next) controller.enqueue(next);
        else controller.close();
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

describe('readLimitedText', () => {
  it('decodes UTF-8 whole even when a character is split between chunks', async () => {
    const all = bytes('\uFEFF{"title":"Café – 東京 🎉"}');
    const chunks = Array.from(all, (byte) => Uint8Array.of(byte));
    const { stream } = streamOf(chunks);
    expect(await readLimitedText(stream)).toEqual({ ok: true, text: '{"title":"Café – 東京 🎉"}' });
  });

  it('reports the bytes read after every chunk', async () => {
    const seen: number[] = [];
    const { stream } = streamOf([bytes('abc'), bytes('de'), bytes('f')]);
    await readLimitedText(stream, { onBytes: (read) => seen.push(read) });
    expect(seen).toEqual([3, 5, 6]);
  });

  it('stops an endless body as soon as it passes the limit, and cancels it', async () => {
    const state = { pulled: 0, cancelled: false };
    const endless = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          // Endless as far as the reader can tell; it ends here only so a broken limit fails
          // this test instead of hanging it.
          if (++state.pulled > 1_000) controller.close();
          else controller.enqueue(new Uint8Array(1_000));
        },
        cancel() {
          state.cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const result = await readLimitedText(endless, {
      limits: { maxBytes: 10_500, maxEvents: 10 },
    });
    expect(result).toEqual({
      ok: false,
      message: 'reading stopped at 11.0 KB; this app opens datasets up to 10.5 KB',
    });
    // Nothing was read past the chunk that crossed the limit.
    expect(state.pulled).toBeLessThanOrEqual(12);
    expect(state.cancelled).toBe(true);
  });

  it('accepts a body exactly at the limit', async () => {
    const { stream } = streamOf([bytes('12345'), bytes('67890')]);
    const result = await readLimitedText(stream, { limits: { maxBytes: 10, maxEvents: 1 } });
    expect(result).toEqual({ ok: true, text: '1234567890' });
  });

  it('says so when the connection breaks', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes('{"ti'));
        controller.error(new TypeError('network error'));
      },
    });
    expect(await readLimitedText(broken)).toEqual({
      ok: false,
      message: 'could not be read (the connection was lost)',
    });
  });
});
