// Our 1,000 case beside vis-timeline loading the same dataset (CONTRACT §10, issue 13): both
// pages from the bench's server, each load in a fresh 1280×800 context, alternated so that a burst
// of other work on the machine falls on both, three times each; the medians count. Each page's
// ready time is its own performance mark, read in the page as measure.mjs reads ours, so neither
// pays for Playwright's selector engine while it loads.
import { availableParallelism, loadavg } from 'node:os';
import { blockRemote, recordErrors } from './localOnly.mjs';

const RUNS = 3;
const VIEWPORT = { width: 1280, height: 800 };

// Runs before any page script; resolves with the named mark's time since navigation start.
function installMarkWaiter(name) {
  window.__benchMark = new Promise((resolve) => {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === name) resolve(e.startTime);
    }).observe({ type: 'mark', buffered: true });
  });
}

/**
 * One load of `url` until its `mark`; `drawn` is a selector that must match once it is there
 * (so a page cannot win by marking early), and its count is kept. Requests to any other host are
 * blocked and listed.
 */
export async function loadUntilMark(browser, { url, mark, drawn, timeoutMs = 30_000 }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const run = { readyMs: null, marks: {}, drawn: null, errors: [], blocked: [] };
  await blockRemote(context, run);
  try {
    const page = await context.newPage();
    recordErrors(page, run);
    await page.addInitScript(installMarkWaiter, mark);
    await page.goto(url, { waitUntil: 'commit' });
    const seen = await page.evaluate(
      ([selector, ms]) =>
        Promise.race([
          window.__benchMark,
          new Promise((resolve) => setTimeout(() => resolve(null), ms)),
        ]).then((readyMs) => ({
          readyMs,
          drawn: document.querySelectorAll(selector).length,
          marks: Object.fromEntries(
            performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
          ),
        })),
      [drawn, timeoutMs],
    );
    Object.assign(run, seen);
    if (run.readyMs == null) run.errors.push(`no "${mark}" mark within ${timeoutMs} ms`);
    else if (run.drawn === 0) run.errors.push(`"${mark}" was marked, but nothing matches ${drawn}`);
  } catch (error) {
    run.errors.push(error.message.split('\n')[0]);
  } finally {
    await context.close();
  }
  return run;
}

/** `pages`: [{ name, version?, url, mark, drawn }], ours first. */
export async function measureBeside(browser, pages, { runs: count = RUNS } = {}) {
  const loadBefore = loadavg()[0];
  // One unmeasured load each, so neither pays a one-off cost (first context, cold caches).
  for (const page of pages) await loadUntilMark(browser, page);
  const runs = pages.map(() => []);
  for (let i = 0; i < count; i++) {
    for (const [p, page] of pages.entries()) {
      console.log(`bench: 1,000 beside vis-timeline: ${page.name}, run ${i + 1} of ${count} …`);
      runs[p].push(await loadUntilMark(browser, page));
    }
  }
  return {
    runs: count,
    machine: { cores: availableParallelism(), loadAverage: [loadBefore, loadavg()[0]] },
    pages: pages.map(({ name, version, url }, p) =>
      summariseReady({ name, version, url }, runs[p]),
    ),
  };
}

/** A page's median ready time over its runs; null if any run failed. */
export function summariseReady({ name, version, url }, runs) {
  const errors = runs.flatMap((run, i) => run.errors.map((e) => `run ${i + 1}: ${e}`));
  const times = runs.map((run) => run.readyMs);
  const ok = errors.length === 0 && times.every((t) => t != null);
  const sorted = [...times].sort((a, b) => a - b);
  return {
    name,
    ...(version ? { version } : {}),
    url,
    readyMs: ok ? sorted[Math.floor((sorted.length - 1) / 2)] : null,
    runsMs: times,
    blocked: [...new Set(runs.flatMap((run) => run.blocked))],
    errors,
    runs,
  };
}
