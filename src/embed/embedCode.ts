import { serializeLinkState, type LinkState } from '../url/linkState';

/** Heights offered in the Embed dialog: what the frame starts at, and keeps without embed.js. */
export const EMBED_HEIGHTS = [500, 700, 900] as const;
export type EmbedHeight = (typeof EMBED_HEIGHTS)[number];

export interface EmbedCodeInput {
  /** The app's own page, e.g. `https://example.org/timeline/` (any query is dropped). */
  appUrl: string;
  /** What is on screen: filters, window and open event. */
  link: LinkState;
  /** The timeline's title, for the frame's accessible name. */
  title: string;
  height: EmbedHeight;
}

/**
 * The snippet a publisher pastes into an article (CONTRACT §8): the frame, and embed.js beside it
 * for the height and the shared address. Attribute values are escaped, since the title comes
 * from the dataset.
 */
export function buildEmbedCode({ appUrl, link, title, height }: EmbedCodeInput): string {
  const src = embedUrl(appUrl, link);
  const script = new URL('embed.js', appBase(appUrl)).href;
  const attributes = [
    `src="${escapeAttribute(src)}"`,
    `title="${escapeAttribute(title)}"`,
    `width="100%"`,
    `height="${height}"`,
    `style="border:0;width:100%"`,
    `allow="clipboard-write"`,
    `data-timeline`,
  ];
  return `<iframe ${attributes.join(' ')}></iframe>\n<script src="${escapeAttribute(script)}" async></script>`;
}

/** The frame's address: the app with the same state and `embed=1`. */
export function embedUrl(appUrl: string, link: LinkState): string {
  return new URL(serializeLinkState({ ...link, embed: true }), appBase(appUrl)).href;
}

/** The app's folder: `new URL('', base)` would keep the base's query, so drop it first. */
export function appBase(appUrl: string): URL {
  return new URL('.', appUrl);
}

export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
