// The page the phone LCP bench measures beside ours: the bundled story in TimelineJS, embedded
// the way Knight Lab's "use your own JSON" instructions do it (stylesheet and script in <head>,
// `new TL.Timeline(el, data)` in the body), with the package's files copied from node_modules
// into a temp dir so they are served locally. Never written into dist/, never committed.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeHtml, toTimelineJs } from './toTimelineJs.mjs';

const PACKAGE = '@knight-lab/timelinejs';

/** Resolves to { dir, version, events, close }; `close` removes the temp dir. */
export async function buildTimelineJsPage(root, datasetPath = 'src/data/kim-kanye.json') {
  const packageDir = join(root, 'node_modules', PACKAGE);
  if (!existsSync(join(packageDir, 'dist', 'js', 'timeline.js')))
    throw new Error(`${PACKAGE} is not installed: run \`npm ci\` (it is a devDependency).`);
  const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
  const dataset = JSON.parse(await readFile(join(root, datasetPath), 'utf8'));

  const dir = await mkdtemp(join(tmpdir(), 'bench-timelinejs-'));
  // js/ and css/ side by side, as on Knight Lab's CDN: TimelineJS finds its font stylesheet at
  // `<script dir>/../css/fonts/`. Source maps stay behind; a reader's browser never loads them.
  for (const sub of ['js', 'css']) {
    await cp(join(packageDir, 'dist', sub), join(dir, sub), {
      recursive: true,
      filter: (path) => !path.endsWith('.map'),
    });
  }
  await writeFile(join(dir, 'index.html'), pageHtml(dataset.title, toTimelineJs(dataset)));
  return {
    dir,
    version,
    events: dataset.events.length,
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The story goes in inline, as our bundle carries it inline: neither page fetches its data. */
function pageHtml(title, story) {
  // `<` escaped so no string in the story can close the script element.
  const data = JSON.stringify(story).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <link title="timeline-styles" rel="stylesheet" href="css/timeline.css" />
    <script src="js/timeline.js"></script>
    <style>
      html, body { height: 100%; margin: 0; padding: 0; }
      #timeline-embed { width: 100%; height: 100%; }
    </style>
  </head>
  <body>
    <div id="timeline-embed"></div>
    <script>
      window.timeline = new TL.Timeline('timeline-embed', ${data}, {
        script_path: new URL('js/', location.href).href,
      });
    </script>
  </body>
</html>
`;
}
