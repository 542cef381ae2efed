// A tiny static server for dist/, on 127.0.0.1 only. It can mount the site under a sub-path
// (`/sub/`) as well as at `/`, so tests prove the build works from any static host.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// What a static host compresses: text, not images or fonts that carry their own compression.
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg\+xml)/;

/**
 * Serve `root` on 127.0.0.1. `extra` maps URL paths to [contentType, body] for fixtures
 * (e.g. a big synthetic dataset) without writing them into dist/, or to a handler
 * `(req, res, url) => void` for responses a file can't make (slow, endless, lying). With `gzip`,
 * text responses go out with `Content-Encoding: gzip` to clients that accept it, as a real host
 * sends them (the phone LCP bench pays for bytes on a throttled link, so it must see the real
 * count).
 * Resolves to { url, port, close }.
 */
export async function serveDist({
  root = 'dist',
  port = 0,
  subPath = '/sub/',
  extra = {},
  gzip = false,
} = {}) {
  const base = resolve(root);
  const send = createSender(gzip);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    if (typeof extra[path] === 'function') {
      extra[path](req, res, url);
      return;
    }
    if (extra[path]) {
      const [type, body] = extra[path];
      send(req, res, type, body, { 'cache-control': 'no-store' });
      return;
    }
    if (subPath && path.startsWith(subPath)) path = '/' + path.slice(subPath.length);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      send(req, res, TYPES[extname(file)] ?? 'application/octet-stream', body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/**
 * A writer of 200 responses. Compressed bodies are kept by content, so a file served to many
 * benchmark runs is gzipped once, the way a host's cache would, and the server's own CPU time
 * does not land in the middle of a measured load.
 */
function createSender(gzip) {
  const cache = new Map();
  const compressed = (body) => {
    const key = createHash('sha1').update(body).digest('hex');
    if (!cache.has(key)) cache.set(key, gzipSync(body));
    return cache.get(key);
  };
  return (req, res, type, body, headers = {}) => {
    const accepts = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (!gzip || !COMPRESSIBLE.test(type)) {
      res.writeHead(200, { 'content-type': type, ...headers });
      res.end(body);
      return;
    }
    const out = accepts ? compressed(body) : body;
    res.writeHead(200, {
      'content-type': type,
      'content-length': String(Buffer.byteLength(out)),
      vary: 'accept-encoding',
      ...(accepts ? { 'content-encoding': 'gzip' } : {}),
      ...headers,
    });
    res.end(out);
  };
}

// `node test/support/serve.mjs [port]` serves dist/ by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serveDist({ port: Number(process.argv[2] ?? 4173) });
  console.log(`serving dist/ at ${url}/ and ${url}/sub/`);
}
