// What a first visit downloads: the JS and CSS the page actually requested before it was ready,
// gzipped here at level 9 so the number does not depend on how a host compresses.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size of the first-load JS and CSS, read from dist/ exactly as the server sent them. */
export async function measureFirstLoadBytes(distDir, assetPaths) {
  const bytes = { jsGzip: 0, cssGzip: 0, jsRaw: 0, cssRaw: 0, files: [] };
  for (const path of [...new Set(assetPaths)]) {
    const body = await readFile(join(distDir, decodeURIComponent(path)));
    const gzip = gzipSync(body, { level: 9 }).length;
    const kind = path.endsWith('.css') ? 'css' : 'js';
    bytes[`${kind}Gzip`] += gzip;
    bytes[`${kind}Raw`] += body.length;
    bytes.files.push({ path, raw: body.length, gzip });
  }
  return bytes;
}
