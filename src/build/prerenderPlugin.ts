import type { Plugin } from 'vite';
import { createServer, type AliasOptions, type PluginOption } from 'vite';
import type { Dataset } from '../domain/types';
import type { PageLocation } from '../hooks/useLinkState';
import { renderEventPage } from './renderEventPage';

type PrerenderApp = (location: PageLocation) => string;

const ROOT = '<div id="root"></div>';

/** index.html with the app drawn into its empty #root. */
export function fillRoot(html: string, app: string): string {
  if (!html.includes(ROOT)) throw new Error(`index.html has no empty ${ROOT} to pre-render into`);
  return html.replace(ROOT, () => `<div id="root">${app}</div>`);
}

/**
 * Pre-render the bundled story at build time (CONTRACT §10): dist/index.html's #root holds the
 * app as it first draws, and each e/<id>/index.html the app with that event open, both rendered
 * by the real components (src/build/prerenderApp.tsx, loaded by a Vite dev server's SSR loader,
 * so JSX, JSON, CSS imports and the aliases resolve as in the app). No server at run time.
 */
export function prerender(options: {
  dataset: () => Dataset;
  alias: AliasOptions;
  /** What the app's modules need resolved beyond files (the bundled story's virtual module). */
  plugins?: PluginOption[];
}): Plugin {
  let render: PrerenderApp | undefined;
  let root: string | undefined;
  return {
    name: 'prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      // A dev server with no HTTP server of its own: just its module graph, in SSR mode.
      const server = await createServer({
        configFile: false,
        root,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false, watch: null },
        optimizeDeps: { noDiscovery: true, include: [] },
        resolve: { alias: options.alias },
        plugins: options.plugins,
      });
      try {
        const module = await server.ssrLoadModule('/src/build/prerenderApp.tsx');
        render = (module as { prerenderApp: PrerenderApp }).prerenderApp;
      } finally {
        await server.close();
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => fillRoot(html, render!({ search: '', base: '' })),
    },
    generateBundle(_options, bundle) {
      // The stylesheets index.html links, so a reader without JavaScript gets the same page.
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      const stylesheets =
        entry?.type === 'chunk' ? [...(entry.viteMetadata?.importedCss ?? [])] : [];
      const dataset = options.dataset();
      for (const event of dataset.events) {
        const app = render!({ search: `?event=${encodeURIComponent(event.id)}`, base: '../../' });
        this.emitFile({
          type: 'asset',
          fileName: `e/${event.id}/index.html`,
          source: renderEventPage(event, dataset, { root: app, stylesheets }),
        });
      }
    },
  };
}
