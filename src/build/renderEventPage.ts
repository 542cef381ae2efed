import { contentSecurityPolicy, cspMeta } from './contentSecurityPolicy';
import { themeScript } from './headScript';
import type { Dataset, TimelineEvent } from '../domain/types';

/** Escape text for an HTML attribute or text node: dataset text is never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What a link preview says about an event: its first quote, else its summary. */
export function previewText(event: TimelineEvent, dataset: Dataset): string {
  const quote = event.quotes[0];
  if (!quote) return event.summary;
  const speaker = dataset.peopleById.get(quote.speaker)?.name ?? quote.speaker;
  return `“${quote.text}” — ${speaker}`;
}

/** The app drawn for an event page at build time, and what it needs to look like the app. */
export interface PrerenderedApp {
  /** The app with this event open (src/build/prerenderApp.tsx), for #root. */
  root: string;
  /** The app's stylesheets, relative to the site's root (`assets/index-….css`). */
  stylesheets: readonly string[];
}

/**
 * The static page at e/<id>/: its own title and Open Graph / Twitter meta so a pasted link
 * previews the event, then straight on to the app with the event open (`?event=<id>`), keeping
 * any other parameters the link carries. Without JavaScript it stays, and shows the app as it
 * draws with that event open (styles.css lays it out for reading). Relative URLs, so it works
 * under any sub-path.
 */
export function renderEventPage(
  event: TimelineEvent,
  dataset: Dataset,
  app: PrerenderedApp,
): string {
  const title = `${event.title} · ${dataset.title}`;
  const description = previewText(event, dataset);
  const target = `../../?event=${encodeURIComponent(event.id)}`;
  // The one inline script, allowed by its hash: the page's CSP forbids any other. The theme
  // first, so the page does not flash the wrong one in the moment before the app replaces it.
  const script = `
      ${themeScript()}
      location.replace(${JSON.stringify(target)} + location.search.replace(/^\\?/, '&') + location.hash);
    `;
  const meta = (attr: string, key: string, value: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    ${cspMeta(contentSecurityPolicy([script]))}
    <title>${escapeHtml(title)}</title>
    ${meta('name', 'description', description)}
    ${meta('property', 'og:type', 'article')}
    ${meta('property', 'og:title', event.title)}
    ${meta('property', 'og:description', description)}
    ${meta('property', 'og:site_name', dataset.title)}
    ${meta('name', 'twitter:card', 'summary')}
    ${meta('name', 'twitter:title', event.title)}
    ${meta('name', 'twitter:description', description)}
    <link rel="icon" type="image/svg+xml" href="../../favicon.svg" />
    <script>${script}</script>
    ${app.stylesheets.map((href) => `<link rel="stylesheet" href="../../${escapeHtml(href)}" />`).join('\n    ')}
  </head>
  <body>
    <div id="root">${app.root}</div>
  </body>
</html>
`;
}
