// The static server the end-to-end tests run against (Playwright's `webServer`): dist/ at `/`
// and under `/sub/`, every file in test/fixtures/ at /fixtures/<name>, a generated
// 10,000-event dataset at /fixtures/big-10000.json, and the slow, huge and endless responses
// of loadingRoutes.mjs under /loading/. Runs until killed.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist } from '../support/serve.mjs';
import { generateDataset } from '../bench/generateDataset.mjs';
import { loadingRoutes } from './loadingRoutes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixturesDir = join(root, 'test', 'fixtures');
const port = Number(process.env.E2E_PORT ?? 4318);

const TYPES = {
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};
const typeOf = (name) => TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream';

const extra = {};
// Every fixture file, in subfolders too (test/fixtures/formats/ holds real TimelineJS and
// vis-timeline files): /fixtures/formats/eras.json.
for (const entry of await readdir(fixturesDir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const path = join(entry.parentPath ?? entry.path, entry.name);
  const url = `/fixtures/${relative(fixturesDir, path).split(sep).join('/')}`;
  extra[url] = [typeOf(entry.name), await readFile(path)];
}
const big = Buffer.from(JSON.stringify(generateDataset(10_000, 1)));
extra['/fixtures/big-10000.json'] = [TYPES['.json'], big];
Object.assign(extra, loadingRoutes(big));

const { url } = await serveDist({ root: join(root, 'dist'), port, subPath: '/sub/', extra });
console.log(`e2e server: dist/ at ${url}/ and ${url}/sub/, fixtures at ${url}/fixtures/`);

const stop = () => process.exit(0);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
