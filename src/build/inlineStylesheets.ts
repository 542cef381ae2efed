import type { Plugin } from 'vite';

// A `<link rel="stylesheet">` as Vite writes it into index.html: attributes in any order, the
// href quoted. Only links to this build's own assets are taken (the reader gives the rest back).
const STYLESHEET_LINK = /<link\b(?=[^>]*\brel="stylesheet")[^>]*\bhref="([^"]+)"[^>]*>/g;

/**
 * `html` with each stylesheet link it can read replaced by a `<style>` holding that sheet, so
 * the first paint waits for no request of its own. On the throttled phone (CONTRACT §10) the
 * linked sheet cost a round trip after the HTML and kept the drawn story unpainted until it
 * came; the CSP allows inline styles (`style-src 'unsafe-inline'`), never inline scripts.
 * `read` gives a sheet's text by the link's href, or undefined to leave that link as it is.
 */
export function inlineStylesheets(html: string, read: (href: string) => string | undefined) {
  return html.replace(STYLESHEET_LINK, (link, href: string) => {
    const css = read(href);
    if (css === undefined) return link;
    // Nothing in a sheet may close the element early; `<\/` means the same inside CSS strings.
    return `<style>${css.trim().replace(/<\/(style)/gi, '<\\/$1')}</style>`;
  });
}

/**
 * Build only: index.html carries the entry's CSS inline. The file stays in dist/ for the e/<id>/
 * pages (src/build/renderEventPage.ts), which link it and hand over to index.html at once.
 */
export function inlineEntryCss(): Plugin {
  return {
    name: 'inline-entry-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        return inlineStylesheets(html, (href) => {
          const asset = bundle?.[href.replace(/^\.?\//, '')];
          if (asset?.type !== 'asset' || !asset.fileName.endsWith('.css')) return undefined;
          return typeof asset.source === 'string'
            ? asset.source
            : new TextDecoder().decode(asset.source);
        });
      },
    },
  };
}
