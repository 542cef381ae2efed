// The phone LCP case's numbers from its runs: pure, so it is tested directly
// (test/unit/summariseLcp.test.ts).

/** The median run stands for the page: its LCP, its element, its breakdown. */
export function summarisePage({ name, version, url }, runs) {
  const errors = runs.flatMap((run, i) => run.errors.map((e) => `run ${i + 1}: ${e}`));
  const blocked = [...new Set(runs.flatMap((run) => run.blocked))];
  const ok = runs.every((run) => run.errors.length === 0 && run.lcpMs != null);
  const median = ok ? medianRun(runs) : null;
  const times = runs.map((run) => run.lcpMs);
  return {
    name,
    ...(version ? { version } : {}),
    url,
    lcpMs: median?.lcpMs ?? null,
    runsMs: times,
    spreadMs: ok ? Math.max(...times) - Math.min(...times) : null,
    element: median?.element ?? null,
    breakdown: median ? breakdown(median) : null,
    blocked,
    errors,
    runs,
  };
}

/** The run with the middle LCP (of an odd count; the lower middle of an even one). */
export function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.lcpMs - b.lcpMs);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * Where the time before the LCP went: the HTML, the scripts and stylesheets that arrived
 * before it (bytes on the wire, after gzip), main-thread long tasks before it, first paint.
 */
export function breakdown({ lcpMs, timings }) {
  const early = timings.resources.filter(
    (r) => /\.(m?js|css)$/.test(r.path) && r.end != null && r.end <= lcpMs,
  );
  const tasks = timings.longTasks.filter((t) => t.start < lcpMs);
  return {
    htmlMs: timings.html.end,
    htmlBytes: timings.html.transferBytes,
    assetsEndMs: early.length ? Math.max(...early.map((r) => r.end)) : null,
    assetBytes: early.reduce((sum, r) => sum + r.transferBytes, 0),
    assets: early.map((r) => r.path),
    longTaskMs: Math.round(tasks.reduce((sum, t) => sum + t.ms, 0)),
    longTasks: tasks.length,
    fcpMs: timings.fcp,
    lcpMs,
  };
}

/**
 * Whether the machine was too busy to trust the medians alone: the runs of a page spread by more
 * than a fifth of its median, or more runnable work than cores (1-minute load average).
 */
export function isNoisy(pages, { cores, loadAverage }) {
  const spread = pages.some((p) => p.spreadMs != null && p.spreadMs > p.lcpMs / 5);
  return spread || Math.max(...loadAverage) > cores;
}
