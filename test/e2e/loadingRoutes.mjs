// Responses for loading.spec.ts that a file can't make, each tagged `?id=` so a test can ask
// what the server saw (`/loading/stats?id=`): how many bytes went out and whether the browser
// hung up. No timers: a held response waits for the test to let it go.

/** Sent before a held response waits for `/loading/open?id=`. */
export const HELD_BYTES = 1_500_000;

/** Route handlers for test/support/serve.mjs, serving `body` (a big dataset) slowly. */
export function loadingRoutes(body) {
  const seen = new Map();
  const track = (url, res) => {
    const stats = { sent: 0, closed: false, release: () => {} };
    seen.set(url.searchParams.get('id'), stats);
    res.on('close', () => (stats.closed = true));
    return stats;
  };
  const json = { 'content-type': 'application/json', 'cache-control': 'no-store' };
  const write = (res, stats, chunk) => {
    stats.sent += chunk.length;
    return res.write(chunk);
  };

  return {
    // The first HELD_BYTES of `body`, the rest once released; `&length=0` leaves out the length.
    '/loading/held.json': (req, res, url) => {
      const stats = track(url, res);
      const known = url.searchParams.get('length') !== '0';
      res.writeHead(200, known ? { ...json, 'content-length': String(body.length) } : json);
      write(res, stats, body.subarray(0, HELD_BYTES));
      stats.release = () => !stats.closed && res.end(body.subarray(HELD_BYTES));
    },
    '/loading/open': (req, res, url) => {
      seen.get(url.searchParams.get('id'))?.release();
      res.writeHead(204).end();
    },
    // Says 3.2 GB, sends a few bytes, and waits: only the declared length can refuse it.
    '/loading/huge.json': (req, res, url) => {
      const stats = track(url, res);
      res.writeHead(200, { ...json, 'content-length': '3200000000' });
      write(res, stats, Buffer.from('{"title": "'));
    },
    // White space for ever, with no length: only counting can stop it.
    '/loading/endless.json': (req, res, url) => {
      const stats = track(url, res);
      const megabyte = Buffer.alloc(1_000_000, 0x20);
      res.writeHead(200, json);
      write(res, stats, Buffer.from('['));
      const pump = () => {
        while (!stats.closed) if (!write(res, stats, megabyte)) return void res.once('drain', pump);
      };
      pump();
    },
    '/loading/stats': (req, res, url) => {
      const stats = seen.get(url.searchParams.get('id'));
      res.writeHead(stats ? 200 : 404, json);
      res.end(JSON.stringify(stats ? { sent: stats.sent, closed: stats.closed } : null));
    },
  };
}
