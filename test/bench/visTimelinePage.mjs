// The page the bench loads beside our 1,000 case: the same synthetic dataset in vis-timeline
// (`vis-timeline`, a devDependency that never ships), its standalone build served from
// node_modules by the bench's own server, so nothing comes from another host. Never written
// into dist/, never committed.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const PACKAGE = 'vis-timeline';
// The standalone build carries vis-data, moment and its own CSS (injected by the script).
const SCRIPT = 'standalone/umd/vis-timeline-graph2d.min.js';
const HERE = new URL('.', import.meta.url);
const JS = 'text/javascript; charset=utf-8';

/**
 * Resolves to { version, extra } where `extra` maps URL paths under `base` to [type, body], for
 * `serveDist({ extra })`. The page is `${base}?data=<dataset URL>`.
 */
export async function visTimelineFiles(root, base = '/vis/') {
  const packageDir = join(root, 'node_modules', PACKAGE);
  if (!existsSync(join(packageDir, SCRIPT)))
    throw new Error(`${PACKAGE} is not installed: run \`npm ci\` (it is a devDependency).`);
  const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
  const own = (file) => readFile(new URL(file, HERE));
  return {
    version,
    extra: {
      [base]: ['text/html; charset=utf-8', PAGE],
      [`${base}vis-timeline.js`]: [JS, await readFile(join(packageDir, SCRIPT))],
      // The converter runs in the page, as any page turning its data into vis items would.
      [`${base}toVisTimeline.mjs`]: [JS, await own('toVisTimeline.mjs')],
      [`${base}toTimelineJs.mjs`]: [JS, await own('toTimelineJs.mjs')],
    },
  };
}

// The fetch starts in <head> before vis-timeline's script, as our head script starts a `?data=`
// fetch before our bundle; then, like our page: parse, convert, construct the Timeline, with
// vis's defaults (it fits its window to the items) in a box the size of the viewport.
//
// When the items are drawn: vis emits `changed` after each finished redraw (docs, "Events"). The
// Timeline is made empty and handed its items only once we listen, so no redraw with items goes
// unseen. The first `changed` after that is not yet the picture: that redraw used vis's opening
// window (this week), and vis fits the window to the items in its own `changed` listener, which
// runs before ours (one `rangechange`); the next redraw, in the fitted window, is the first one
// painted. So `vis-ready` marks the first `changed` of a redraw that began after the fit, and
// `vis-first-changed` the one before, kept in the results to show the difference.
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>vis-timeline bench</title>
    <link rel="icon" href="data:," />
    <script>
      window.__visData = fetch(new URLSearchParams(location.search).get('data')).then((r) => {
        if (!r.ok) throw new Error('dataset: HTTP ' + r.status);
        return r.json();
      });
    </script>
    <script src="vis-timeline.js"></script>
    <script type="module">
      import { toVisTimeline } from './toVisTimeline.mjs';
      const items = toVisTimeline(await window.__visData);
      const timeline = new vis.Timeline(document.getElementById('timeline'), null, {
        height: '100%',
      });
      let itemsSet = false;
      let changes = 0;
      let readyAfter = null;
      timeline.on('rangechange', () => {
        if (itemsSet && readyAfter === null) readyAfter = changes + 1;
      });
      timeline.on('changed', () => {
        if (!itemsSet) return;
        changes += 1;
        if (changes === 1) performance.mark('vis-first-changed');
        if (readyAfter !== null && changes > readyAfter) {
          performance.mark('vis-ready');
          readyAfter = Infinity;
        }
      });
      itemsSet = true;
      timeline.setItems(items);
    </script>
    <style>
      html, body { margin: 0; padding: 0; }
      #timeline { height: 100vh; }
    </style>
  </head>
  <body>
    <div id="timeline"></div>
  </body>
</html>
`;
