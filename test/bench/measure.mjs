// One benchmark case: load a URL in a fresh context, wait for the timeline, then zoom with the
// wheel while the page records its own frame times. Numbers come from inside the page
// (performance marks, rAF timestamps) so Playwright's round trips never count as app time.
const TIMELINE = '[aria-label="Timeline"]';
const READY = `${TIMELINE}[data-ready="true"]`;
const EVENT_ELEMENTS = '[data-event-id],[data-cluster]';
const VIEWPORT = { width: 1280, height: 800 };
const ZOOM_STEPS = 30;
const WHEEL_PAUSE_MS = 20;

// Runs before any app script, so long tasks during loading are seen too (kept apart from zoom).
function installRecorder() {
  const bench = { longTasks: [], frames: [], maxElements: 0, recording: false };
  window.__bench = bench;
  // The app's own mark says when the timeline is drawn. Waiting on it from inside the page keeps
  // Playwright's selector engine (a large script it injects on first use) off the main thread
  // while the app loads: that injection alone used to add ~300 ms to "ready" on this machine.
  bench.ready = new Promise((resolve) => {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'timeline-ready') resolve(e.startTime);
    }).observe({ type: 'mark', buffered: true });
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        bench.longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longTasks = null;
  }
}

/** Load once and throw it away, so browser start-up is not billed to the first measured case. */
export async function warmUp(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector(READY, { state: 'attached', timeout: 30_000 }).catch(() => {});
  } finally {
    await context.close();
  }
}

export async function measureCase(browser, { name, url, timeoutMs = 30_000 }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const result = { name, url, errors: [], assets: [], offOrigin: [] };
  const origin = new URL(url).origin;
  page.on('pageerror', (error) => result.errors.push(`pageerror: ${error.message}`));
  page.on(
    'console',
    (msg) => msg.type() === 'error' && result.errors.push(`console: ${msg.text()}`),
  );
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(origin) && !/^(data|blob):/.test(target)) result.offOrigin.push(target);
  });
  const loaded = [];
  page.on('response', (response) => loaded.push(new URL(response.url()).pathname));
  await page.addInitScript(installRecorder);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    result.readyMs = await page.evaluate(
      ([selector, ms]) =>
        Promise.race([
          window.__bench.ready,
          new Promise((resolve) => setTimeout(() => resolve(null), ms)),
        ]).then((readyMs) => (document.querySelector(selector) ? readyMs : null)),
      [READY, timeoutMs],
    );
    if (result.readyMs == null) throw new Error(`no ${READY} with a "timeline-ready" mark`);
    result.assets = loaded.filter((path) => /\.(m?js|css)$/.test(path));
    result.markers = await countElements(page);
    result.loadLongTasks = summarise(await page.evaluate(() => window.__bench.longTasks));
    result.zoom = await measureZoom(page);
    Object.assign(result, await measureHeapMB(context, page));
  } catch (error) {
    result.errors.push(error.message.split('\n')[0]);
  } finally {
    await context.close();
  }
  return result;
}

function countElements(page) {
  return page.evaluate((selector) => {
    const count = (s) => document.querySelectorAll(s).length;
    return {
      events: count('[data-event-id]'),
      clusters: count('[data-cluster]'),
      elements: count(selector),
      dom: count('*'),
    };
  }, EVENT_ELEMENTS);
}

async function measureZoom(page) {
  const timeline = page.locator(TIMELINE).first();
  await timeline.scrollIntoViewIfNeeded();
  const box = await timeline.boundingBox();
  // Aim at the middle of the part that is on screen: a tall region may run below the fold.
  const top = Math.max(box.y, 0);
  const bottom = Math.min(box.y + box.height, VIEWPORT.height);
  await page.mouse.move(box.x + box.width / 2, (top + bottom) / 2);
  // The window as the page says it (the overview handle's words), read mid-gesture: the URL is
  // written only once a gesture pauses, so it can't tell whether the wheel reached the timeline.
  const windowWords = () =>
    page.evaluate(
      () =>
        document
          .querySelector('[role="slider"][aria-label="Visible window"]')
          ?.getAttribute('aria-valuetext') ?? null,
    );
  const windowBefore = await windowWords();

  await page.evaluate((selector) => {
    const bench = window.__bench;
    Object.assign(bench, {
      frames: [],
      maxElements: 0,
      recording: true,
      zoomStart: performance.now(),
    });
    const tick = (time) => {
      if (!bench.recording) return;
      bench.frames.push(time);
      bench.maxElements = Math.max(bench.maxElements, document.querySelectorAll(selector).length);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, EVENT_ELEMENTS);
  for (let i = 0; i < ZOOM_STEPS; i++) await wheel(page, -100);
  const windowZoomedIn = await windowWords();
  for (let i = 0; i < ZOOM_STEPS; i++) await wheel(page, 100);
  // Let the last wheel's render and any long-task report land before stopping.
  await page.waitForTimeout(300);
  const raw = await page.evaluate(() => {
    const bench = window.__bench;
    bench.recording = false;
    const longTasks = bench.longTasks && bench.longTasks.filter((t) => t.start >= bench.zoomStart);
    return { frames: bench.frames, maxElements: bench.maxElements, longTasks };
  });

  const durations = raw.frames.slice(1).map((t, i) => t - raw.frames[i]);
  const sorted = [...durations].sort((a, b) => a - b);
  const longTasks = summarise(raw.longTasks);
  return {
    frames: durations.length,
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted.at(-1) ?? null,
    longTaskCount: longTasks.count,
    longTaskMax: longTasks.max,
    maxEventElements: raw.maxElements,
    window: { before: windowBefore, zoomedIn: windowZoomedIn },
  };
}

async function wheel(page, deltaY) {
  await page.mouse.wheel(0, deltaY);
  await page.waitForTimeout(WHEEL_PAUSE_MS);
}

/**
 * The JS heap after a full GC, and what array buffers hold outside it (V8 keeps a typed array's
 * bytes off the heap: the dataset's columns live there, so leaving them out would flatter us).
 */
async function measureHeapMB(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const usage = await cdp.send('Runtime.getHeapUsage').catch(() => ({}));
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
  const MB = 1024 * 1024;
  return {
    heapMB: used ? used.value / MB : null,
    buffersMB: typeof usage.backingStorageSize === 'number' ? usage.backingStorageSize / MB : null,
  };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

function summarise(tasks) {
  if (!tasks) return { count: null, max: null };
  return { count: tasks.length, max: tasks.length ? Math.max(...tasks.map((t) => t.ms)) : null };
}
