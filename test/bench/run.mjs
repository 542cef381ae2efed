// `npm run bench` (CONTRACT §5): build once, serve dist/ on 127.0.0.1, measure every case in
// headless Chromium, print a table, write results/latest.json and exit 1 on any broken budget.
// `npm run bench -- --no-build` reuses an existing dist/ when iterating on the benchmark itself;
// `-- --only lcp` measures just the phone LCP case (CONTRACT §10), for iterating on first paint;
// `-- --only bundled|1000|10000|lanes|100000` just that case, checked against its own budgets;
// `-- --only vis` the 1,000 case and, beside it, vis-timeline loading the same dataset.
import { measureFilterPass } from './filterPass.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';
import { serveDist } from '../support/serve.mjs';
import { BUDGETS, checkBudgets, checkPhoneLcp } from './budgets.mjs';
import { generateDataset } from './generateDataset.mjs';
import { measureFirstLoadBytes } from './firstLoadBytes.mjs';
import { measureCase, warmUp } from './measure.mjs';
import { measurePhoneLcp } from './phoneLcp.mjs';
import { formatBudgets, formatPhoneLcp, formatTable } from './report.mjs';
import { measureBeside } from './visTimeline.mjs';
import { visTimelineFiles } from './visTimelinePage.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const DIST = join(ROOT, 'dist');
const SEED = 1;
const ONLY_CHOICES = ['lcp', 'bundled', '1000', '10000', 'lanes', '100000', 'vis'];
const ONLY = onlyArgument();
// A partial run keeps its own file, so it never replaces the last full run's results.
const RESULTS = join(HERE, 'results', ONLY ? `latest-${ONLY}.json` : 'latest.json');

function die(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

function onlyArgument() {
  const at = process.argv.indexOf('--only');
  if (at === -1) return null;
  const value = process.argv[at + 1];
  if (!ONLY_CHOICES.includes(value))
    die(`--only takes one of ${ONLY_CHOICES.join(', ')}; got ${JSON.stringify(value)}.`);
  return value;
}

function build() {
  if (!existsSync(join(ROOT, 'index.html')))
    die('no index.html in the project root: nothing to build yet.');
  console.log('bench: building with `npx vite build` …');
  const run = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    die(`vite build failed (exit ${run.status}).`);
  }
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    die(
      'no Chromium found (looked at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser).',
    );
  }
  if (!process.argv.includes('--no-build')) build();
  if (!existsSync(join(DIST, 'index.html'))) die('dist/index.html is missing: did the build run?');

  const json = (n) => ['application/json; charset=utf-8', JSON.stringify(generateDataset(n, SEED))];
  const withVis = !ONLY || ONLY === 'vis';
  const vis = withVis ? await visTimelineFiles(ROOT, '/vis/') : null;
  const server = await serveDist({
    root: DIST,
    subPath: null,
    extra: {
      '/bench-1000.json': json(1000),
      '/bench-10000.json': json(10000),
      '/bench-100000.json': json(100000),
      ...vis?.extra,
    },
  });
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const cases = [
      { only: 'bundled', name: 'bundled', url: `${server.url}/`, events: null },
      { only: '1000', name: '1,000', url: `${server.url}/?data=/bench-1000.json`, events: 1000 },
      {
        only: '10000',
        name: '10,000',
        url: `${server.url}/?data=/bench-10000.json`,
        events: 10000,
      },
      // One lane per person: each lane lays out and clusters on its own (CONTRACT §9).
      {
        only: 'lanes',
        name: '10,000 lanes',
        url: `${server.url}/?data=/bench-10000.json&lanes=people`,
        events: 10000,
      },
      // CONTRACT §10: parsed and checked off the main thread, drawn within a second.
      {
        only: '100000',
        name: '100,000',
        url: `${server.url}/?data=/bench-100000.json`,
        events: 100000,
      },
    ].filter((c) => !ONLY || c.only === ONLY || (ONLY === 'vis' && c.only === '1000'));
    if (cases.length) await warmUp(browser, cases[0].url);
    const results = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      budgets: BUDGETS,
    };
    results.cases = [];
    for (const { name, url, events } of cases) {
      console.log(`bench: measuring ${name} …`);
      results.cases.push({ events, ...(await measureCase(browser, { name, url })) });
    }
    const large = results.cases.find((c) => c.name === '10,000');
    if (large) {
      const pass = await measureFilterPass(ROOT, 10000, SEED);
      large.filterPassMs = pass.p95;
    }
    const bundled = results.cases.find((c) => c.name === 'bundled');
    if (bundled) bundled.events = await countBundledEvents();
    results.bundle = bundled?.assets.length
      ? await measureFirstLoadBytes(DIST, bundled.assets)
      : null;
    if (vis) {
      const data = '?data=/bench-1000.json';
      results.visTimeline = await measureBeside(browser, [
        {
          name: 'ours',
          url: `${server.url}/${data}`,
          mark: 'timeline-ready',
          drawn: '[aria-label="Timeline"][data-ready="true"]',
        },
        {
          name: 'vis-timeline',
          version: vis.version,
          url: `${server.url}/vis/${data}`,
          mark: 'vis-ready',
          drawn: '.vis-item',
        },
      ]);
    }
    if (!ONLY || ONLY === 'lcp')
      results.phoneLcp = await measurePhoneLcp(browser, { root: ROOT, dist: DIST });
    results.checks =
      ONLY === 'lcp'
        ? checkPhoneLcp(results.phoneLcp)
        : ONLY
          ? // One case: only the budgets that case reports on (the others would read as missing).
            checkBudgets(results).filter((c) => c.name.startsWith(`${results.cases[0].name}:`))
          : checkBudgets(results);

    const table = ONLY === 'lcp' ? formatPhoneLcp(results.phoneLcp) : formatTable(results);
    console.log(`\n${table}\n\n${formatBudgets(results.checks)}`);
    await mkdir(dirname(RESULTS), { recursive: true });
    await writeFile(RESULTS, JSON.stringify(results, null, 2) + '\n');
    console.log(`\nbench: full results in ${RESULTS.slice(ROOT.length + 1)}`);
    process.exitCode = results.checks.every((c) => c.pass) ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

// The bundled dataset's size is a fact of src/, not something the page should have to report.
async function countBundledEvents() {
  const dataDir = join(ROOT, 'src', 'data');
  const files = (await readdir(dataDir)).filter((f) => f.endsWith('.json'));
  if (files.length !== 1) return null;
  const data = JSON.parse(await readFile(join(dataDir, files[0]), 'utf8'));
  return Array.isArray(data.events) ? data.events.length : null;
}

main().catch((error) => die(error.stack ?? String(error)));
