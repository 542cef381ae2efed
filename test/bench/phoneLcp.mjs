// The phone LCP case (CONTRACT §10): the bundled story's largest contentful paint on a
// throttled phone, for our dist/ and, in the same run, for TimelineJS showing the same story.
// Both are served gzipped by the same static server, loaded alternately so that noise from
// other work on the machine falls on both, three times each; the median counts.
import { availableParallelism, loadavg } from 'node:os';
import { serveDist } from '../support/serve.mjs';
import { loadOnce, PHONE, phoneUserAgent, THROTTLE } from './measureLcp.mjs';
import { summarisePage } from './summariseLcp.mjs';
import { buildTimelineJsPage } from './timelineJsPage.mjs';

const RUNS = 3;
// Our timeline once drawn; TimelineJS's slides once built. Either proves the story is on screen.
const OURS_READY = '[aria-label="Timeline"][data-ready="true"]';
const TIMELINEJS_READY = '.tl-timeline .tl-slide';

export async function measurePhoneLcp(browser, { root, dist, runs: count = RUNS }) {
  const loadBefore = loadavg()[0];
  const timelineJs = await buildTimelineJsPage(root);
  const servers = [];
  try {
    const serve = async (dir) => {
      servers.push(await serveDist({ root: dir, subPath: null, gzip: true }));
      return `${servers.at(-1).url}/`;
    };
    const pages = [
      { name: 'ours', url: await serve(dist), ready: OURS_READY },
      {
        name: 'TimelineJS',
        version: timelineJs.version,
        url: await serve(timelineJs.dir),
        ready: TIMELINEJS_READY,
      },
    ];
    const userAgent = phoneUserAgent(browser.version());
    // One unmeasured load each, so the first measured one pays no one-off cost (the server's
    // gzip cache, the browser's first phone context).
    for (const page of pages) await loadOnce(browser, { ...page, userAgent });
    const runs = pages.map(() => []);
    for (let i = 0; i < count; i++) {
      for (const [p, page] of pages.entries()) {
        console.log(`bench: phone LCP, ${page.name}, run ${i + 1} of ${count} …`);
        runs[p].push(await loadOnce(browser, { ...page, userAgent }));
      }
    }
    return {
      profile: { ...PHONE, throttle: THROTTLE, userAgent, runs: count },
      // The 4× slowdown multiplies whatever else this machine is doing: say how busy it was.
      machine: { cores: availableParallelism(), loadAverage: [loadBefore, loadavg()[0]] },
      pages: pages.map((page, p) => summarisePage(page, runs[p])),
    };
  } finally {
    for (const server of servers) await server.close();
    await timelineJs.close();
  }
}
