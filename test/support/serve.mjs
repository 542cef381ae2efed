// A tiny static server for dist/, on 127.0.0.1 only. It can mount the site under a sub-path
// (`/sub/`) as well as at `/`, so tests prove the build works from any static host.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

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

/**
 * Serve `root` on 127.0.0.1. `extra` maps URL paths to [contentType, body] for fixtures
 * (e.g. a big synthetic dataset) without writing them into dist/, or to a handler
 * `(req, res, url) => void` for responses a file can't make (slow, endless, lying).
 * Resolves to { url, port, close }.
 */
export async function serveDist({ root = 'dist', port = 0, subPath = '/sub/', extra = {} } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    if (typeof extra[path] === 'function') {
      extra[path](req, res, url);
      return;
    }
    if (extra[path]) {
      const [type, body] = extra[path];
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
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
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
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

// `node test/support/serve.mjs [port]` serves dist/ by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serveDist({ port: Number(process.argv[2] ?? 4173) });
  console.log(`serving dist/ at ${url}/ and ${url}/sub/`);
}
