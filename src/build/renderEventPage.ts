import { contentSecurityPolicy, cspMeta } from './contentSecurityPolicy';
import { formatDateRange } from '../domain/formatDate';
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

/**
 * The static page at e/<id>/: its own title and Open Graph / Twitter meta so a pasted link
 * previews the event, then straight on to the app with the event open (`?event=<id>`), keeping
 * any other parameters the link carries. Relative URLs, so it works under any sub-path.
 */
export function renderEventPage(event: TimelineEvent, dataset: Dataset): string {
  const title = `${event.title} · ${dataset.title}`;
  const description = previewText(event, dataset);
  const date = formatDateRange(event.date, event.endDate);
  const target = `../../?event=${encodeURIComponent(event.id)}`;
  // The one inline script, allowed by its hash: the page's CSP forbids any other.
  const script = `
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
    <noscript><meta http-equiv="refresh" content="0; url=${escapeHtml(target)}" /></noscript>
    <script>${script}</script>
  </head>
  <body>
    <p>${escapeHtml(date)}: <a href="${escapeHtml(target)}">${escapeHtml(event.title)}</a></p>
    <p>${escapeHtml(description)}</p>
  </body>
</html>
`;
}
