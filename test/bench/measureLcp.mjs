// One throttled phone load of a page, read from inside the page: its largest contentful paint,
// which element that was, and the timings that explain it (HTML, each script and stylesheet on
// the wire, long tasks, first paint). Every request to a host other than 127.0.0.1 is blocked
// and listed, so no page, ours or TimelineJS, can load anything remote.
import { blockRemote, recordErrors } from './localOnly.mjs';

/**
 * Lighthouse's mobile profile: its `mobileSlow4G` numbers applied by CDP as they are (Lighthouse
 * itself simulates them, or multiplies the latency by 3.75 for DevTools throttling) and its
 * 412×823 screen, at device scale 2.625 where Lighthouse's Moto G Power has 1.75. See
 * https://github.com/GoogleChrome/lighthouse/blob/main/core/config/constants.js
 */
export const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 2.625,
  isMobile: true,
  hasTouch: true,
};
export const THROTTLE = { cpuSlowdown: 4, latencyMs: 150, downKbps: 1600, upKbps: 750 };

// LCP stops changing once the page has painted its largest element; a second of main-thread
// idle with no new entry and no response arriving is "settled" (TimelineJS loads its font
// stylesheet late, so a shorter window could stop before its last candidate).
const QUIET_MS = 1000;
const SETTLE_TIMEOUT_MS = 30_000;

/** A phone user agent for this Chromium, so pages that sniff for phones (TimelineJS) see one. */
export const phoneUserAgent = (version) =>
  `Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 ` +
  `(KHTML, like Gecko) Chrome/${version} Mobile Safari/537.36`;

// Runs before any page script. The element is described when its entry arrives: a page may
// replace it later, and then `entry.element` is null.
function installLcpRecorder() {
  const rec = { entries: [], lastEntryAt: 0, longTasks: [] };
  window.__phoneLcp = rec;
  const describe = (el) => {
    if (!el) return null;
    const classes = typeof el.className === 'string' ? el.className.trim().split(/\s+/) : [];
    const selector =
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      classes
        .filter(Boolean)
        .slice(0, 3)
        .map((c) => `.${c}`)
        .join('');
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return { selector, text: text.length > 60 ? `${text.slice(0, 57)}…` : text };
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      rec.entries.push({
        startTime: e.startTime,
        size: e.size,
        url: e.url || null,
        element: describe(e.element),
      });
    }
    rec.lastEntryAt = performance.now();
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) rec.longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

// In the page: resolve once the load event has fired and, measured by idle callbacks, the page
// has been quiet for `quietMs` (no new LCP entry, no response finishing). Not a blind sleep: a
// busy main thread gets no idle callback, so its time never counts as quiet.
function waitForQuietLcp({ quietMs, timeoutMs }) {
  return new Promise((resolve) => {
    const rec = window.__phoneLcp;
    const begun = performance.now();
    const step = () => {
      const now = performance.now();
      const responses = performance.getEntriesByType('resource').map((r) => r.responseEnd);
      const lastChange = Math.max(rec.lastEntryAt, ...responses);
      const loaded = document.readyState === 'complete';
      if (loaded && rec.entries.length > 0 && now - lastChange >= quietMs) resolve(true);
      else if (now - begun > timeoutMs) resolve(false);
      else requestIdleCallback(step);
    };
    requestIdleCallback(step);
  });
}

function readTimings() {
  const nav = performance.getEntriesByType('navigation')[0];
  const rec = window.__phoneLcp;
  const round = (ms) => (ms == null ? null : Math.round(ms * 10) / 10);
  return {
    // Chromium's throttle holds back the end of a response, not its first byte, so only the
    // end of the HTML is meaningful here.
    html: { end: round(nav.responseEnd), transferBytes: nav.transferSize },
    domContentLoaded: round(nav.domContentLoadedEventEnd),
    load: round(nav.loadEventEnd),
    fcp: round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime),
    timelineReady: round(performance.getEntriesByName('timeline-ready')[0]?.startTime),
    resources: performance.getEntriesByType('resource').map((r) => ({
      path: new URL(r.name).pathname,
      start: round(r.startTime),
      end: round(r.responseEnd),
      transferBytes: r.transferSize,
      decodedBytes: r.decodedBodySize,
    })),
    lcpEntries: rec.entries.map((e) => ({ ...e, startTime: round(e.startTime) })),
    longTasks: rec.longTasks.map((t) => ({ start: round(t.start), ms: round(t.ms) })),
  };
}

/**
 * Load `url` once in a fresh phone context under THROTTLE. `ready` is a selector that proves
 * the page drew the story (so a broken page cannot win with a small, early paint).
 */
export async function loadOnce(browser, { url, ready, userAgent }) {
  const context = await browser.newContext({ ...PHONE, userAgent });
  const run = { lcpMs: null, element: null, errors: [], blocked: [] };
  await blockRemote(context, run);
  try {
    const page = await context.newPage();
    recordErrors(page, run);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLE.latencyMs,
      downloadThroughput: (THROTTLE.downKbps * 1000) / 8,
      uploadThroughput: (THROTTLE.upKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpuSlowdown });
    await page.addInitScript(installLcpRecorder);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const settled = await page.evaluate(waitForQuietLcp, {
      quietMs: QUIET_MS,
      timeoutMs: SETTLE_TIMEOUT_MS,
    });
    if (!settled) run.errors.push(`LCP did not settle within ${SETTLE_TIMEOUT_MS} ms`);
    if ((await page.locator(ready).count()) === 0)
      run.errors.push(`the story was not drawn: no ${ready}`);
    run.timings = await page.evaluate(readTimings);
    const last = run.timings.lcpEntries.at(-1);
    if (last) Object.assign(run, { lcpMs: last.startTime, element: last.element, size: last.size });
    else run.errors.push('no largest-contentful-paint entry');
  } catch (error) {
    run.errors.push(error.message.split('\n')[0]);
  } finally {
    await context.close();
  }
  return run;
}
