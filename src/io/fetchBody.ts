import { declaredLength, declaredSizeProblem } from './limits';

/** A response's body once its status and declared size pass, or why not. */
export type Body =
  | { ok: true; stream: ReadableStream<Uint8Array> | null; total: number | null }
  | { ok: false; message: string };

/**
 * Fetch `url` (?data=) for its body; the page and the dataset worker both start here. Network
 * failures become a message; an abort (Cancel) rejects, as fetch does.
 */
export async function fetchBody(url: string, signal?: AbortSignal): Promise<Body> {
  return bodyOf(fetch(url, { signal, credentials: 'same-origin' }), signal);
}

/**
 * A response's body, refused before a byte of it is read when the server answers with an error
 * or declares a length past the limit (the download is then cancelled).
 */
export async function bodyOf(
  pending: Response | Promise<Response>,
  signal?: AbortSignal,
): Promise<Body> {
  let response: Response;
  try {
    response = await pending;
  } catch (error) {
    if (signal?.aborted) throw error;
    return {
      ok: false,
      message: 'could not be fetched (network error, or the server does not allow it)',
    };
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => {});
    return {
      ok: false,
      message: `the server answered ${response.status} ${response.statusText}`.trim(),
    };
  }
  const { bytes, isTotal } = declaredLength(response.headers);
  const tooBig = declaredSizeProblem(bytes);
  if (tooBig) {
    void response.body?.cancel().catch(() => {});
    return { ok: false, message: tooBig };
  }
  return { ok: true, stream: response.body, total: isTotal ? bytes : null };
}
