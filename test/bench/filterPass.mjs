// Times one filter pass (people + years + search) over a generated dataset in Node, on the real
// src/domain code bundled by Vite: no bench-only hook ships in the app.
import { build } from 'vite';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateDataset } from './generateDataset.mjs';

const RUNS = 50;

export async function measureFilterPass(root, n, seed) {
  const dir = await mkdtemp(join(tmpdir(), 'bench-filter-'));
  try {
    const entry = join(dir, 'entry.ts');
    await writeFile(
      entry,
      `export { parseDataset } from ${JSON.stringify(join(root, 'src/domain/parseDataset.ts'))};
export { buildSearchIndex, filterEvents } from ${JSON.stringify(join(root, 'src/domain/filterEvents.ts'))};`,
    );
    await build({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      build: {
        ssr: entry,
        outDir: join(dir, 'out'),
        emptyOutDir: true,
        rollupOptions: { output: { entryFileNames: 'entry.mjs' } },
      },
    });
    const { parseDataset, buildSearchIndex, filterEvents } = await import(
      pathToFileURL(join(dir, 'out', 'entry.mjs')).href
    );
    const parsed = parseDataset(generateDataset(n, seed));
    if (!parsed.ok)
      throw new Error(`generated dataset invalid: ${JSON.stringify(parsed.errors[0])}`);
    const { dataset } = parsed;
    const index = buildSearchIndex(dataset);
    const people = dataset.people.slice(0, 2).map((p) => p.id);
    // What a person does: type a few letters, pick people, narrow the years.
    const filters = [
      { people: [], q: 'a' },
      { people, q: '' },
      { people: [], from: 2005, to: 2009, q: '' },
      { people, from: 2004, to: 2012, q: 'the lo' },
    ].map((filter) => ({ groups: [], ...filter }));
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      for (const filter of filters) {
        const t0 = performance.now();
        filterEvents(dataset.events, filter, index);
        times.push(performance.now() - t0);
      }
    }
    times.sort((a, b) => a - b);
    return {
      median: times[Math.floor(times.length / 2)],
      p95: times[Math.floor(times.length * 0.95)],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
