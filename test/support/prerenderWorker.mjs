// The app rendered the way the build renders it (src/build/prerenderPlugin.ts): Vite's SSR
// module loader in plain Node, in a worker thread so that no jsdom `window` or `document` is in
// reach. Tests hydrate its output in jsdom, as a browser hydrates dist/index.html.
import { parentPort, workerData } from 'node:worker_threads';
import { createServer } from 'vite';

const server = await createServer({
  root: workerData.root,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
});
try {
  const { prerenderApp } = await server.ssrLoadModule('/src/build/prerenderApp.tsx');
  parentPort.postMessage(workerData.locations.map((location) => prerenderApp(location)));
} finally {
  await server.close();
}
