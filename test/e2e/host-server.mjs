// A second origin for the embedding tests (CONTRACT §8): a news site at http://localhost:<port>
// whose pages frame the app served by server.mjs at http://127.0.0.1:<app port>. The two
// addresses are different origins, as an article and the timeline it embeds would be.
// Pages come from test/e2e/host/, with {{APP}} replaced by the app's origin. Runs until killed.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'host');
const port = Number(process.env.E2E_HOST_PORT ?? 4319);
const app = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4318)}`;

const article = (body) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>A news article</title></head>
  <body>
    <h1>A news article</h1>
    <p>Some words before the timeline.</p>
    ${body}
    <p>Some words after the timeline.</p>
  </body>
</html>`;

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const send = (status, body) =>
    res
      .writeHead(status, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      })
      .end(body);
  // `/pasted?code=…` is an article with the code the Embed dialog gave, pasted in as a publisher
  // would. It echoes markup on purpose: a test-only server, on the loopback interface only.
  if (url.pathname === '/pasted') return send(200, article(url.searchParams.get('code') ?? ''));
  if (!/^\/[a-z-]+\.html$/.test(url.pathname)) return send(404, 'not found');
  try {
    const body = await readFile(join(pagesDir, url.pathname.slice(1)), 'utf8');
    send(200, body.replaceAll('{{APP}}', app));
  } catch {
    send(404, 'not found');
  }
});
server.listen(port, '127.0.0.1', () => {
  console.log(`e2e host pages at http://localhost:${port}/, framing ${app}/`);
});
const stop = () => process.exit(0);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
