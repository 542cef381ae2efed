// What a first visit downloads: the JS and CSS the page actually requested before it was ready,
// and the CSS index.html carries inline (src/build/inlineStylesheets.ts: it moved out of a file,
// not out of the first load), gzipped here at level 9 so the number does not depend on how a
// host compresses.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/** Gzipped size of the first-load JS and CSS, read from dist/ exactly as the server sent them. */
export async function measureFirstLoadBytes(distDir, assetPaths) {
  const bytes = { jsGzip: 0, cssGzip: 0, jsRaw: 0, cssRaw: 0, files: [] };
  const add = (path, kind, body) => {
    const gzip = gzipSync(body, { level: 9 }).length;
    bytes[`${kind}Gzip`] += gzip;
    bytes[`${kind}Raw`] += body.length;
    bytes.files.push({ path, raw: body.length, gzip });
  };
  for (const path of [...new Set(assetPaths)]) {
    const body = await readFile(join(distDir, decodeURIComponent(path)));
    add(path, path.endsWith('.css') ? 'css' : 'js', body);
  }
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  for (const [i, [, css]] of [...html.matchAll(INLINE_STYLE)].entries())
    add(`/index.html <style> ${i + 1}`, 'css', Buffer.from(css, 'utf8'));
  return bytes;
}
